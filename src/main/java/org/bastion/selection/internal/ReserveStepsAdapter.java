package org.bastion.selection.internal;

import java.time.LocalDate;
import java.util.List;

import org.bastion.selection.Recommendation;
import org.bastion.selection.ReserveSteps;
import org.bastion.selection.internal.Reserve.Actor;
import org.bastion.selection.internal.Reserve.RoundRules;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** {@link ReserveSteps} on {@link ReserveSelection}, which checks authorities and scope. */
@Component
class ReserveStepsAdapter implements ReserveSteps {

	private final ReserveSelection selection;
	private final ReserveStore store;

	ReserveStepsAdapter(ReserveSelection selection, ReserveStore store) {
		this.selection = selection;
		this.store = store;
	}

	@Override
	public boolean anyRound() {
		return store.jdbc().sql("select count(*) from reserve_round").query(Long.class).single() > 0;
	}

	@Override
	public long openRound(String name, long organizationId, LocalDate referenceDate) {
		return selection.openRound(new RoundRules(name, organizationId, referenceDate, null, null, null, null, null),
				actor(user(), "—")).id();
	}

	@Override
	public long recommend(long roundId, long personId, Recommendation recommendation, String source,
			Integer recommenders, String proposedRole, String actorName, String actorPost) {
		return selection.recommend(roundId, personId, null, recommendation, source, recommenders, proposedRole,
				actor(actorName, actorPost)).id();
	}

	@Override
	public void townshipReview(long candidateId, boolean passed, String reason, String actorName, String actorPost) {
		selection.townshipReview(candidateId, passed, reason, actor(actorName, actorPost));
	}

	@Override
	public void countyReview(long candidateId, boolean passed, String reason, String actorName, String actorPost) {
		selection.countyReview(candidateId, passed, reason, actor(actorName, actorPost));
	}

	@Override
	public void inspect(long candidateId, String inspectors, LocalDate inspectedOn, String findings, boolean passed,
			String actorName, String actorPost) {
		selection.inspect(candidateId, inspectors, inspectedOn, findings, passed, actor(actorName, actorPost));
	}

	@Override
	public long publishNotice(long roundId, List<Long> candidateIds, LocalDate startsOn, String actorName,
			String actorPost) {
		return selection.publishNotice(roundId, candidateIds, startsOn, null, actor(actorName, actorPost)).id();
	}

	private static Actor actor(String name, String post) {
		return new Actor(user(), name, post);
	}

	private static String user() {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication == null ? "system" : authentication.getName();
	}
}

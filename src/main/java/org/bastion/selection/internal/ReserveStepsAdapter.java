package org.bastion.selection.internal;

import java.time.LocalDate;
import java.util.List;

import org.bastion.selection.Recommendation;
import org.bastion.selection.ReserveSteps;
import org.bastion.selection.internal.Reserve.RoundRules;
import org.springframework.stereotype.Component;

/** {@link ReserveSteps} on {@link ReserveSelection}, which checks authorities and scope. */
@Component
class ReserveStepsAdapter implements ReserveSteps {

	private final ReserveSelection selection;
	private final ReserveStore store;
	private final PoolEntry poolEntry;

	ReserveStepsAdapter(ReserveSelection selection, ReserveStore store, PoolEntry poolEntry) {
		this.poolEntry = poolEntry;
		this.selection = selection;
		this.store = store;
	}

	@Override
	public boolean anyRound() {
		return store.jdbc().sql("select count(*) from reserve_round").query(Long.class).single() > 0;
	}

	@Override
	public long openRound(String name, long organizationId, LocalDate referenceDate) {
		return selection.openRound(new RoundRules(name, organizationId, referenceDate, null, null, null, null, null)).id();
	}

	@Override
	public long recommend(long roundId, long personId, Recommendation recommendation, String source,
			Integer recommenders, String proposedRole) {
		return selection.recommend(roundId, personId, null, recommendation, source, recommenders, proposedRole).id();
	}

	@Override
	public void townshipReview(long candidateId, boolean passed, String reason) {
		selection.townshipReview(candidateId, passed, reason);
	}

	@Override
	public void countyReview(long candidateId, boolean passed, String reason) {
		selection.countyReview(candidateId, passed, reason);
	}

	@Override
	public void inspect(long candidateId, String inspectors, LocalDate inspectedOn, String findings, boolean passed) {
		selection.inspect(candidateId, inspectors, inspectedOn, findings, passed);
	}

	@Override
	public long publishNotice(long roundId, List<Long> candidateIds, LocalDate startsOn) {
		return selection.publishNotice(roundId, candidateIds, startsOn, null).id();
	}

	@Override
	public long recordPastNotice(long roundId, List<Long> candidateIds, LocalDate publishedOn) {
		return selection.publishNotice(roundId, candidateIds, publishedOn, null, publishedOn).id();
	}

	@Override
	public int enterPool() {
		return poolEntry.run();
	}

	@Override
	public long nameMentor(long candidateId, long mentorPersonId, LocalDate since) {
		return selection.nameMentor(candidateId, mentorPersonId, since).pairingId();
	}
}

package org.bastion.selection.internal;

import java.time.LocalDate;
import java.util.List;

import org.bastion.selection.Recommendation;
import org.bastion.selection.ReserveSteps;
import org.bastion.selection.internal.Reserve.RoundRules;
import org.springframework.stereotype.Component;

/** {@link ReserveSteps} on the selection services, which check authorities and scope. */
@Component
class ReserveStepsAdapter implements ReserveSteps {

	private final ReserveRounds rounds;
	private final CandidateSteps steps;
	private final ReserveNotices notices;
	private final ReservePool pool;
	private final ReserveStore store;
	private final ReserveTraining training;
	private final PoolEntry poolEntry;

	ReserveStepsAdapter(ReserveRounds rounds, CandidateSteps steps, ReserveNotices notices, ReservePool pool,
			ReserveStore store, PoolEntry poolEntry, ReserveTraining training) {
		this.training = training;
		this.rounds = rounds;
		this.steps = steps;
		this.notices = notices;
		this.pool = pool;
		this.store = store;
		this.poolEntry = poolEntry;
	}

	@Override
	public boolean anyRound() {
		return store.jdbc().sql("select count(*) from reserve_round").query(Long.class).single() > 0;
	}

	@Override
	public long openRound(String name, long organizationId, LocalDate referenceDate) {
		return rounds.openRound(new RoundRules(name, organizationId, referenceDate, null, null, null, null, null)).id();
	}

	@Override
	public long recommend(long roundId, long personId, Recommendation recommendation, String source,
			Integer recommenders, String proposedRole) {
		return steps.recommend(roundId, personId, null, recommendation, source, recommenders, proposedRole).id();
	}

	@Override
	public void townshipReview(long candidateId, boolean passed, String reason) {
		steps.townshipReview(candidateId, passed, reason);
	}

	@Override
	public void countyReview(long candidateId, boolean passed, String reason) {
		steps.countyReview(candidateId, passed, reason);
	}

	@Override
	public void inspect(long candidateId, String inspectors, LocalDate inspectedOn, String findings, boolean passed) {
		steps.inspect(candidateId, inspectors, inspectedOn, findings, passed);
	}

	@Override
	public long publishNotice(long roundId, List<Long> candidateIds, LocalDate startsOn) {
		return notices.publishNotice(roundId, candidateIds, startsOn, null).id();
	}

	@Override
	public long recordPastNotice(long roundId, List<Long> candidateIds, LocalDate publishedOn) {
		return notices.recordPastNotice(roundId, candidateIds, publishedOn).id();
	}

	@Override
	public int enterPool() {
		return poolEntry.run();
	}

	@Override
	public long nameMentor(long candidateId, long mentorPersonId, LocalDate since) {
		return pool.nameMentor(candidateId, mentorPersonId, since).pairingId();
	}

	@Override
	public long createClass(long organizationId, org.bastion.selection.ClassKind kind, String name, LocalDate startsOn) {
		return training.createClass(organizationId, kind, name, startsOn).id();
	}

	@Override
	public void remove(long candidateId, LocalDate on, String reason) {
		pool.remove(candidateId, on, reason);
	}
}

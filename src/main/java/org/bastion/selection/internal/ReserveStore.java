package org.bastion.selection.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.bastion.common.scope.DataScope;
import org.bastion.common.scope.ScopeSql;
import org.bastion.selection.CandidateState;
import org.bastion.selection.StepKind;
import org.bastion.selection.internal.Reserve.Actor;
import org.bastion.selection.internal.Reserve.Candidate;
import org.bastion.selection.internal.Reserve.Inspection;
import org.bastion.selection.internal.Reserve.Round;
import org.bastion.selection.internal.Reserve.Step;
import org.bastion.indicators.SourceChanges;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The SQL of rounds and their candidates: steps, inspections and the state changes. Reads that take
 * a {@link DataScope} apply it in the statement. Notices and objections are {@link NoticeStore}'s,
 * the pool's training, shadowing and assessments {@link PoolStore}'s.
 */
@Repository
class ReserveStore {

	static final String CANDIDATE_FROM = " from reserve_candidate c join reserve_round r on r.id = c.round_id ";

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	ReserveStore(JdbcClient jdbc, ApplicationEventPublisher events) {
		this.events = events;
		this.jdbc = jdbc;
	}

	JdbcClient jdbc() {
		return jdbc;
	}

	// rounds

	long insertRound(Round r) {
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into reserve_round (name, organization_id, division_code, reference_date, min_age, max_age,
				  min_education, require_local_household, notice_working_days, opened_by, opened_at)
				values (:name, :org, :division, :ref, :min, :max, :edu, :local, :days, :by, :at)""")
			.param("name", r.name()).param("org", r.organizationId()).param("division", r.divisionCode())
			.param("ref", r.referenceDate()).param("min", r.minAge()).param("max", r.maxAge())
			.param("edu", r.minEducation().name()).param("local", r.requireLocalHousehold())
			.param("days", r.noticeWorkingDays()).param("by", r.openedBy()).param("at", r.openedAt())
			.update(key, "id");
		return key.getKey().longValue();
	}

	Optional<Round> round(long id) {
		return jdbc.sql("select * from reserve_round where id = :id").param("id", id).query(Round.class).optional();
	}

	Optional<Round> round(long id, DataScope scope) {
		ScopeSql.Condition s = ScopeSql.of(scope).divisions("r.division_code").organizations("r.organization_id").condition();
		return jdbc.sql("select r.* from reserve_round r where r.id = :id and " + s.where()).param("id", id)
			.params(s.params()).query(Round.class).optional();
	}

	List<Round> rounds(DataScope scope) {
		ScopeSql.Condition s = ScopeSql.of(scope).divisions("r.division_code").organizations("r.organization_id").condition();
		return jdbc.sql("select r.* from reserve_round r where " + s.where() + " order by r.opened_at desc, r.id desc")
			.params(s.params()).query(Round.class).list();
	}

	// candidates

	long insertCandidate(Candidate c) {
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into reserve_candidate (round_id, person_id, village_code, proposed_role, recommendation,
				  recommendation_source, recommenders, state)
				values (:round, :person, :village, :role, :rec, :source, :count, :state)""")
			.param("round", c.roundId()).param("person", c.personId()).param("village", c.villageCode())
			.param("role", c.proposedRole()).param("rec", c.recommendation().name())
			.param("source", c.recommendationSource()).param("count", c.recommenders())
			.param("state", c.state().name()).update(key, "id");
		return changed(key.getKey().longValue());
	}

	Optional<Candidate> candidate(long id) {
		return jdbc.sql("select * from reserve_candidate where id = :id").param("id", id).query(Candidate.class).optional();
	}

	Optional<Candidate> candidate(long id, DataScope scope) {
		ScopeSql.Condition s = ScopeSql.of(scope).divisions("c.village_code").organizations("r.organization_id").condition();
		return jdbc.sql("select c.*" + CANDIDATE_FROM + "where c.id = :id and " + s.where()).param("id", id)
			.params(s.params()).query(Candidate.class).optional();
	}

	/** Candidates in scope, of a round and/or in states (null for any), by id. */
	List<Candidate> candidates(DataScope scope, Long roundId, List<CandidateState> states) {
		ScopeSql.Condition s = ScopeSql.of(scope).divisions("c.village_code").organizations("r.organization_id").condition();
		StringBuilder sql = new StringBuilder("select c.*" + CANDIDATE_FROM + "where " + s.where());
		JdbcClient.StatementSpec spec;
		if (roundId != null) {
			sql.append(" and c.round_id = :round");
		}
		if (states != null) {
			sql.append(" and c.state in (:states)");
		}
		sql.append(" order by c.id");
		spec = jdbc.sql(sql.toString()).params(s.params());
		if (roundId != null) {
			spec = spec.param("round", roundId);
		}
		if (states != null) {
			spec = spec.param("states", states.stream().map(Enum::name).toList());
		}
		return spec.query(Candidate.class).list();
	}

	/**
	 * Moves a candidate from one state to the next only if it is still in the expected state: a
	 * compare-and-set, so that of two concurrent attempts exactly one wins. Returns whether it did.
	 */
	boolean transition(long id, CandidateState from, CandidateState to) {
		changed(id);
		return jdbc.sql("update reserve_candidate set state = :to, version = version + 1 where id = :id and state = :from")
			.param("to", to.name()).param("id", id).param("from", from.name()).update() == 1;
	}

	/**
	 * The pool entry's compare-and-set: from {@code IN_NOTICE} to {@code IN_POOL} only while no
	 * objection is open and the notice has ended before {@code today}.
	 */
	boolean enterPool(long id, LocalDate today) {
		changed(id);
		return jdbc.sql("""
				update reserve_candidate set state = 'IN_POOL', pool_entered_on = :today, version = version + 1
				where id = :id and state = 'IN_NOTICE'
				  and exists (select 1 from reserve_notice n where n.id = reserve_candidate.notice_id and n.ends_on < :today)
				  and not exists (select 1 from reserve_objection o where o.candidate_id = reserve_candidate.id and o.status = 'OPEN')""")
			.param("today", today).param("id", id).update() == 1;
	}

	/** Candidates whose notice ended before {@code today} with no open objection, unscoped (for the job). */
	List<Long> dueForPool(LocalDate today) {
		return jdbc.sql("""
				select c.id from reserve_candidate c join reserve_notice n on n.id = c.notice_id
				where c.state = 'IN_NOTICE' and n.ends_on < :today
				  and not exists (select 1 from reserve_objection o where o.candidate_id = c.id and o.status = 'OPEN')
				order by c.id""").param("today", today).query(Long.class).list();
	}

	/** The candidate's indicator facts are read again after the transaction. */
	long changed(long id) {
		SourceChanges.changed(events, SelectionIndicators.CANDIDATE, id);
		jdbc.sql("select person_id from reserve_candidate where id = :id").param("id", id).query(Long.class).optional()
			.ifPresent(person -> SourceChanges.changed(events, org.bastion.pairing.Pairings.MENTEE_RECORDS, person));
		return id;
	}

	void endMembership(long id, CandidateState to, LocalDate on, String reason) {
		changed(id);
		jdbc.sql("update reserve_candidate set state = :to, ended_on = :on, end_reason = :reason, version = version + 1 where id = :id")
			.param("to", to.name()).param("on", on).param("reason", reason).param("id", id).update();
	}

	void setNotice(long id, long noticeId) {
		jdbc.sql("update reserve_candidate set notice_id = :n where id = :id").param("n", noticeId).param("id", id).update();
	}

	// steps

	void step(long candidateId, StepKind step, boolean passed, String detail, Actor actor, LocalDateTime at) {
		jdbc.sql("""
				insert into reserve_step (candidate_id, step, passed, detail, actor, actor_name, actor_post, done_at)
				values (:c, :step, :passed, :detail, :actor, :name, :post, :at)""")
			.param("c", candidateId).param("step", step.name()).param("passed", passed).param("detail", detail)
			.param("actor", actor.username()).param("name", actor.name()).param("post", actor.post()).param("at", at)
			.update();
	}

	List<Step> steps(long candidateId) {
		return jdbc.sql("select * from reserve_step where candidate_id = :c order by done_at, id").param("c", candidateId)
			.query(Step.class).list();
	}

	// inspection

	void insertInspection(Inspection i) {
		jdbc.sql("""
				insert into reserve_inspection (candidate_id, inspectors, inspected_on, findings, passed)
				values (:c, :inspectors, :on, :findings, :passed)""")
			.param("c", i.candidateId()).param("inspectors", i.inspectors()).param("on", i.inspectedOn())
			.param("findings", i.findings()).param("passed", i.passed()).update();
	}

	Optional<Inspection> inspection(long candidateId) {
		return jdbc.sql("select * from reserve_inspection where candidate_id = :c").param("c", candidateId)
			.query(Inspection.class).optional();
	}
}

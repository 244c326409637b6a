package org.bastion.selection.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.bastion.common.scope.DataScope;
import org.bastion.selection.CandidateState;
import org.bastion.selection.StepKind;
import org.bastion.selection.internal.Reserve.Actor;
import org.bastion.selection.internal.Reserve.Assessment;
import org.bastion.selection.internal.Reserve.Attendance;
import org.bastion.selection.internal.Reserve.Candidate;
import org.bastion.selection.internal.Reserve.Inspection;
import org.bastion.selection.internal.Reserve.Notice;
import org.bastion.selection.internal.Reserve.Objection;
import org.bastion.selection.internal.Reserve.Placement;
import org.bastion.selection.internal.Reserve.Round;
import org.bastion.selection.internal.Reserve.Session;
import org.bastion.selection.internal.Reserve.ShadowingPlan;
import org.bastion.selection.internal.Reserve.Step;
import org.bastion.selection.internal.Reserve.TrainingClass;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The selection module's SQL. Reads that take a {@link DataScope} apply it in the statement. */
@Repository
class ReserveStore {

	static final String CANDIDATE_FROM = " from reserve_candidate c join reserve_round r on r.id = c.round_id ";

	private final JdbcClient jdbc;

	ReserveStore(JdbcClient jdbc) {
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
		ScopeSql s = ScopeSql.of(scope, "r.division_code", "r.organization_id");
		return jdbc.sql("select r.* from reserve_round r where r.id = :id and " + s.condition).param("id", id)
			.params(s.params).query(Round.class).optional();
	}

	List<Round> rounds(DataScope scope) {
		ScopeSql s = ScopeSql.of(scope, "r.division_code", "r.organization_id");
		return jdbc.sql("select r.* from reserve_round r where " + s.condition + " order by r.opened_at desc, r.id desc")
			.params(s.params).query(Round.class).list();
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
		return key.getKey().longValue();
	}

	Optional<Candidate> candidate(long id) {
		return jdbc.sql("select * from reserve_candidate where id = :id").param("id", id).query(Candidate.class).optional();
	}

	Optional<Candidate> candidate(long id, DataScope scope) {
		ScopeSql s = ScopeSql.of(scope, "c.village_code", "r.organization_id");
		return jdbc.sql("select c.*" + CANDIDATE_FROM + "where c.id = :id and " + s.condition).param("id", id)
			.params(s.params).query(Candidate.class).optional();
	}

	/** Candidates in scope, of a round and/or in states (null for any), by id. */
	List<Candidate> candidates(DataScope scope, Long roundId, List<CandidateState> states) {
		ScopeSql s = ScopeSql.of(scope, "c.village_code", "r.organization_id");
		StringBuilder sql = new StringBuilder("select c.*" + CANDIDATE_FROM + "where " + s.condition);
		JdbcClient.StatementSpec spec;
		if (roundId != null) {
			sql.append(" and c.round_id = :round");
		}
		if (states != null) {
			sql.append(" and c.state in (:states)");
		}
		sql.append(" order by c.id");
		spec = jdbc.sql(sql.toString()).params(s.params);
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
		return jdbc.sql("update reserve_candidate set state = :to, version = version + 1 where id = :id and state = :from")
			.param("to", to.name()).param("id", id).param("from", from.name()).update() == 1;
	}

	/**
	 * The pool entry's compare-and-set: from {@code IN_NOTICE} to {@code IN_POOL} only while no
	 * objection is open and the notice has ended before {@code today}.
	 */
	boolean enterPool(long id, LocalDate today) {
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

	void endMembership(long id, CandidateState to, LocalDate on, String reason) {
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

	// notices

	long insertNotice(Notice n) {
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into reserve_notice (round_id, title, starts_on, ends_on, published_by, published_at)
				values (:round, :title, :starts, :ends, :by, :at)""")
			.param("round", n.roundId()).param("title", n.title()).param("starts", n.startsOn())
			.param("ends", n.endsOn()).param("by", n.publishedBy()).param("at", n.publishedAt()).update(key, "id");
		return key.getKey().longValue();
	}

	Optional<Notice> notice(long id) {
		return jdbc.sql("select * from reserve_notice where id = :id").param("id", id).query(Notice.class).optional();
	}

	/** Notices that have started by {@code today} and still list someone on notice, or ended within 30 days. */
	List<Notice> publicNotices(LocalDate today) {
		return jdbc.sql("""
				select n.* from reserve_notice n where n.starts_on <= :today
				  and (n.ends_on >= :since or exists (select 1 from reserve_candidate c where c.notice_id = n.id and c.state = 'IN_NOTICE'))
				order by n.starts_on desc, n.id desc""")
			.param("today", today).param("since", today.minusDays(30)).query(Notice.class).list();
	}

	List<Notice> notices(DataScope scope) {
		ScopeSql s = ScopeSql.of(scope, "r.division_code", "r.organization_id");
		return jdbc.sql("select n.* from reserve_notice n join reserve_round r on r.id = n.round_id where " + s.condition
				+ " order by n.starts_on desc, n.id desc").params(s.params).query(Notice.class).list();
	}

	void insertNoticeEntry(long noticeId, Reserve.NoticeEntry e) {
		jdbc.sql("""
				insert into reserve_notice_entry (notice_id, candidate_id, name, village_name, age, education, proposed_role)
				values (:notice, :candidate, :name, :village, :age, :education, :role)""")
			.param("notice", noticeId).param("candidate", e.candidateId()).param("name", e.name())
			.param("village", e.villageName()).param("age", e.age()).param("education", e.education().name())
			.param("role", e.proposedRole()).update();
	}

	/** The entries as published, in the order the candidates were recommended. */
	List<Reserve.NoticeEntry> noticeEntries(long noticeId) {
		return jdbc.sql("""
				select candidate_id, name, village_name, age, education, proposed_role from reserve_notice_entry
				where notice_id = :n order by candidate_id""")
			.param("n", noticeId)
			.query((rs, n) -> new Reserve.NoticeEntry(rs.getLong("candidate_id"), rs.getString("name"),
					rs.getString("village_name"), rs.getInt("age"),
					org.bastion.people.EducationLevel.valueOf(rs.getString("education")), rs.getString("proposed_role")))
			.list();
	}

	List<Candidate> candidatesOfNotice(long noticeId) {
		return jdbc.sql("select * from reserve_candidate where notice_id = :n order by id").param("n", noticeId)
			.query(Candidate.class).list();
	}

	// objections

	long insertObjection(long candidateId, String text, String contact, String addressHash, LocalDateTime at) {
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into reserve_objection (candidate_id, body, contact, address_hash, filed_at, status)
				values (:c, :text, :contact, :hash, :at, 'OPEN')""")
			.param("c", candidateId).param("text", text).param("contact", contact).param("hash", addressHash)
			.param("at", at).update(key, "id");
		return key.getKey().longValue();
	}

	int objectionsFrom(String addressHash, LocalDateTime since) {
		return jdbc.sql("select count(*) from reserve_objection where address_hash = :h and filed_at >= :since")
			.param("h", addressHash).param("since", since).query(Integer.class).single();
	}

	Optional<Objection> objection(long id) {
		return jdbc.sql("select * from reserve_objection where id = :id").param("id", id).query(Objection.class).optional();
	}

	List<Objection> objections(long candidateId) {
		return jdbc.sql("select * from reserve_objection where candidate_id = :c order by filed_at, id")
			.param("c", candidateId).query(Objection.class).list();
	}

	List<Objection> openObjections(DataScope scope) {
		ScopeSql s = ScopeSql.of(scope, "c.village_code", "r.organization_id");
		return jdbc.sql("select o.* from reserve_objection o join reserve_candidate c on c.id = o.candidate_id"
				+ " join reserve_round r on r.id = c.round_id where o.status = 'OPEN' and " + s.condition
				+ " order by o.filed_at").params(s.params).query(Objection.class).list();
	}

	boolean answerObjection(long id, String status, String answer, String by, LocalDateTime at) {
		return jdbc.sql("""
				update reserve_objection set status = :status, answer = :answer, answered_by = :by, answered_at = :at
				where id = :id and status = 'OPEN'""")
			.param("status", status).param("answer", answer).param("by", by).param("at", at).param("id", id)
			.update() == 1;
	}

	// training

	long insertClass(TrainingClass c) {
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into reserve_class (organization_id, division_code, kind, name, starts_on)
				values (:org, :division, :kind, :name, :starts)""")
			.param("org", c.organizationId()).param("division", c.divisionCode()).param("kind", c.kind().name())
			.param("name", c.name()).param("starts", c.startsOn()).update(key, "id");
		return key.getKey().longValue();
	}

	List<TrainingClass> classes(DataScope scope) {
		ScopeSql s = ScopeSql.of(scope, "k.division_code", "k.organization_id");
		return jdbc.sql("select k.* from reserve_class k where " + s.condition + " order by k.starts_on desc, k.id desc")
			.params(s.params).query(TrainingClass.class).list();
	}

	Optional<TrainingClass> trainingClass(long id, DataScope scope) {
		ScopeSql s = ScopeSql.of(scope, "k.division_code", "k.organization_id");
		return jdbc.sql("select k.* from reserve_class k where k.id = :id and " + s.condition).param("id", id)
			.params(s.params).query(TrainingClass.class).optional();
	}

	boolean classExists(long id) {
		return jdbc.sql("select count(*) from reserve_class where id = :id").param("id", id).query(Integer.class).single() > 0;
	}

	long insertSession(long classId, LocalDate heldOn, String topic) {
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("insert into reserve_class_session (class_id, held_on, topic) values (:k, :on, :topic)")
			.param("k", classId).param("on", heldOn).param("topic", topic).update(key, "id");
		return key.getKey().longValue();
	}

	List<Session> sessions(long classId) {
		return jdbc.sql("select * from reserve_class_session where class_id = :k order by held_on, id").param("k", classId)
			.query(Session.class).list();
	}

	Optional<Session> session(long id) {
		return jdbc.sql("select * from reserve_class_session where id = :id").param("id", id).query(Session.class).optional();
	}

	void attendance(long sessionId, long candidateId, boolean present) {
		jdbc.sql("delete from reserve_attendance where session_id = :s and candidate_id = :c").param("s", sessionId)
			.param("c", candidateId).update();
		jdbc.sql("insert into reserve_attendance (session_id, candidate_id, present) values (:s, :c, :p)")
			.param("s", sessionId).param("c", candidateId).param("p", present).update();
	}

	List<Attendance> attendanceOfClass(long classId) {
		return jdbc.sql("""
				select a.* from reserve_attendance a join reserve_class_session s on s.id = a.session_id
				where s.class_id = :k""").param("k", classId).query(Attendance.class).list();
	}

	// shadowing

	long insertPlan(long organizationId, String divisionCode, LocalDate month) {
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("insert into reserve_shadowing_plan (organization_id, division_code, plan_month) values (:org, :d, :m)")
			.param("org", organizationId).param("d", divisionCode).param("m", month).update(key, "id");
		return key.getKey().longValue();
	}

	List<ShadowingPlan> plans(DataScope scope) {
		ScopeSql s = ScopeSql.of(scope, "p.division_code", "p.organization_id");
		return jdbc.sql("select p.* from reserve_shadowing_plan p where " + s.condition + " order by p.plan_month desc, p.id desc")
			.params(s.params).query(ShadowingPlan.class).list();
	}

	Optional<ShadowingPlan> plan(long id, DataScope scope) {
		ScopeSql s = ScopeSql.of(scope, "p.division_code", "p.organization_id");
		return jdbc.sql("select p.* from reserve_shadowing_plan p where p.id = :id and " + s.condition).param("id", id)
			.params(s.params).query(ShadowingPlan.class).optional();
	}

	boolean planExists(long id) {
		return jdbc.sql("select count(*) from reserve_shadowing_plan where id = :id").param("id", id).query(Integer.class)
			.single() > 0;
	}

	long insertPlacement(long planId, long candidateId, String department) {
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("insert into reserve_shadowing_placement (plan_id, candidate_id, department) values (:p, :c, :d)")
			.param("p", planId).param("c", candidateId).param("d", department).update(key, "id");
		return key.getKey().longValue();
	}

	void recordPlacement(long placementId, String record) {
		jdbc.sql("update reserve_shadowing_placement set record = :r where id = :id").param("r", record)
			.param("id", placementId).update();
	}

	Optional<Placement> placement(long id) {
		return jdbc.sql("select * from reserve_shadowing_placement where id = :id").param("id", id)
			.query(Placement.class).optional();
	}

	List<Placement> placementsOfPlan(long planId) {
		return jdbc.sql("select * from reserve_shadowing_placement where plan_id = :p order by id").param("p", planId)
			.query(Placement.class).list();
	}

	List<Placement> placementsOf(long candidateId) {
		return jdbc.sql("select * from reserve_shadowing_placement where candidate_id = :c order by id")
			.param("c", candidateId).query(Placement.class).list();
	}

	// assessment

	void insertAssessment(Assessment a) {
		jdbc.sql("""
				insert into reserve_assessment (candidate_id, kind, assessment_year, recorded_on, grade, notes, recorded_by)
				values (:c, :kind, :year, :on, :grade, :notes, :by)""")
			.param("c", a.candidateId()).param("kind", a.kind().name()).param("year", a.assessmentYear())
			.param("on", a.recordedOn()).param("grade", a.grade() == null ? null : a.grade().name())
			.param("notes", a.notes()).param("by", a.recordedBy()).update();
	}

	List<Assessment> assessments(long candidateId) {
		return jdbc.sql("select * from reserve_assessment where candidate_id = :c order by recorded_on, id")
			.param("c", candidateId).query(Assessment.class).list();
	}

	boolean hasAnnual(long candidateId, int year) {
		return jdbc.sql("select count(*) from reserve_assessment where candidate_id = :c and kind = 'ANNUAL' and assessment_year = :y")
			.param("c", candidateId).param("y", year).query(Integer.class).single() > 0;
	}
}

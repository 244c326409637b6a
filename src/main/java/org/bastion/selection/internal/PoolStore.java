package org.bastion.selection.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.bastion.common.scope.DataScope;
import org.bastion.common.scope.ScopeSql;
import org.bastion.selection.internal.Reserve.Assessment;
import org.bastion.selection.internal.Reserve.Attendance;
import org.bastion.selection.internal.Reserve.Placement;
import org.bastion.selection.internal.Reserve.Session;
import org.bastion.selection.internal.Reserve.ShadowingPlan;
import org.bastion.selection.internal.Reserve.TrainingClass;
import org.bastion.indicators.SourceChanges;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The SQL of the pool's training classes, shadowing plans and assessments. */
@Repository
class PoolStore {

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	PoolStore(JdbcClient jdbc, ApplicationEventPublisher events) {
		this.events = events;
		this.jdbc = jdbc;
	}

	// training

	long insertClass(TrainingClass c) {
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into reserve_class (organization_id, division_code, kind, name, starts_on)
				values (:org, :division, :kind, :name, :starts)""")
			.param("org", c.organizationId()).param("division", c.divisionCode()).param("kind", c.kind().name())
			.param("name", c.name()).param("starts", c.startsOn()).update(key, "id");
		long id = key.getKey().longValue();
		SourceChanges.changed(events, SelectionIndicators.CLASS, id);
		return id;
	}

	List<TrainingClass> classes(DataScope scope) {
		ScopeSql.Condition s = inScope(scope, "k");
		return jdbc.sql("select k.* from reserve_class k where " + s.where() + " order by k.starts_on desc, k.id desc")
			.params(s.params()).query(TrainingClass.class).list();
	}

	Optional<TrainingClass> trainingClass(long id, DataScope scope) {
		ScopeSql.Condition s = inScope(scope, "k");
		return jdbc.sql("select k.* from reserve_class k where k.id = :id and " + s.where()).param("id", id)
			.params(s.params()).query(TrainingClass.class).optional();
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
		ScopeSql.Condition s = inScope(scope, "p");
		return jdbc.sql("select p.* from reserve_shadowing_plan p where " + s.where() + " order by p.plan_month desc, p.id desc")
			.params(s.params()).query(ShadowingPlan.class).list();
	}

	Optional<ShadowingPlan> plan(long id, DataScope scope) {
		ScopeSql.Condition s = inScope(scope, "p");
		return jdbc.sql("select p.* from reserve_shadowing_plan p where p.id = :id and " + s.where()).param("id", id)
			.params(s.params()).query(ShadowingPlan.class).optional();
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

	/** Classes and plans belong to an organization and a division: in scope through either. */
	private static ScopeSql.Condition inScope(DataScope scope, String alias) {
		return ScopeSql.of(scope).divisions(alias + ".division_code").organizations(alias + ".organization_id").condition();
	}
}

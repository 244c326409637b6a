package org.bastion.selection.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;

import org.bastion.people.EducationLevel;
import org.bastion.selection.AssessmentGrade;
import org.bastion.selection.AssessmentKind;
import org.bastion.selection.CandidateState;
import org.bastion.selection.ClassKind;
import org.bastion.selection.Recommendation;
import org.bastion.selection.StepKind;
import org.bastion.selection.internal.Reserve.Assessment;
import org.bastion.selection.internal.Reserve.Attendance;
import org.bastion.selection.internal.Reserve.Candidate;
import org.bastion.selection.internal.Reserve.Inspection;
import org.bastion.selection.internal.Reserve.Notice;
import org.bastion.selection.internal.Reserve.Objection;
import org.bastion.selection.internal.Reserve.ObjectionStatus;
import org.bastion.selection.internal.Reserve.Placement;
import org.bastion.selection.internal.Reserve.Round;
import org.bastion.selection.internal.Reserve.Session;
import org.bastion.selection.internal.Reserve.ShadowingPlan;
import org.bastion.selection.internal.Reserve.Step;
import org.bastion.selection.internal.Reserve.TrainingClass;
import org.springframework.jdbc.core.RowMapper;

/** The selection tables' rows, each column read by its own name (never a probe for a camelCase one). */
final class ReserveRows {

	static final RowMapper<Round> ROUND = (rs, n) -> new Round(rs.getLong("id"), rs.getString("name"),
			rs.getLong("organization_id"), rs.getString("division_code"), date(rs, "reference_date"), rs.getInt("min_age"),
			rs.getInt("max_age"), EducationLevel.valueOf(rs.getString("min_education")),
			rs.getBoolean("require_local_household"), rs.getInt("notice_working_days"), rs.getString("opened_by"),
			dateTime(rs, "opened_at"), rs.getBoolean("closed"), rs.getLong("version"));

	static final RowMapper<Candidate> CANDIDATE = (rs, n) -> new Candidate(rs.getLong("id"), rs.getLong("round_id"),
			rs.getLong("person_id"), rs.getString("village_code"), rs.getString("proposed_role"),
			Recommendation.valueOf(rs.getString("recommendation")), rs.getString("recommendation_source"),
			rs.getObject("recommenders", Integer.class), CandidateState.valueOf(rs.getString("state")),
			rs.getObject("notice_id", Long.class), date(rs, "pool_entered_on"), date(rs, "ended_on"),
			rs.getString("end_reason"), rs.getLong("version"));

	static final RowMapper<Step> STEP = (rs, n) -> new Step(rs.getLong("id"), rs.getLong("candidate_id"),
			StepKind.valueOf(rs.getString("step")), rs.getBoolean("passed"), rs.getString("detail"), rs.getString("actor"),
			rs.getString("actor_name"), rs.getString("actor_post"), dateTime(rs, "done_at"));

	static final RowMapper<Inspection> INSPECTION = (rs, n) -> new Inspection(rs.getLong("candidate_id"),
			rs.getString("inspectors"), date(rs, "inspected_on"), rs.getString("findings"), rs.getBoolean("passed"));

	static final RowMapper<Notice> NOTICE = (rs, n) -> new Notice(rs.getLong("id"), rs.getLong("round_id"),
			rs.getString("title"), date(rs, "starts_on"), date(rs, "ends_on"), rs.getString("published_by"),
			dateTime(rs, "published_at"), rs.getString("issued_by"), rs.getString("supervision_phone"));

	static final RowMapper<Objection> OBJECTION = (rs, n) -> new Objection(rs.getLong("id"), rs.getLong("candidate_id"),
			rs.getString("body"), rs.getString("contact"), dateTime(rs, "filed_at"),
			ObjectionStatus.valueOf(rs.getString("status")), rs.getString("answer"), rs.getString("answered_by"),
			dateTime(rs, "answered_at"));

	static final RowMapper<TrainingClass> TRAINING_CLASS = (rs, n) -> new TrainingClass(rs.getLong("id"),
			rs.getLong("organization_id"), rs.getString("division_code"), ClassKind.valueOf(rs.getString("kind")),
			rs.getString("name"), date(rs, "starts_on"));

	static final RowMapper<Session> SESSION = (rs, n) -> new Session(rs.getLong("id"), rs.getLong("class_id"),
			date(rs, "held_on"), rs.getString("topic"));

	static final RowMapper<Attendance> ATTENDANCE = (rs, n) -> new Attendance(rs.getLong("session_id"),
			rs.getLong("candidate_id"), rs.getBoolean("present"));

	static final RowMapper<ShadowingPlan> SHADOWING_PLAN = (rs, n) -> new ShadowingPlan(rs.getLong("id"),
			rs.getLong("organization_id"), rs.getString("division_code"), date(rs, "plan_month"));

	static final RowMapper<Placement> PLACEMENT = (rs, n) -> new Placement(rs.getLong("id"), rs.getLong("plan_id"),
			rs.getLong("candidate_id"), rs.getString("department"), rs.getString("record"));

	static final RowMapper<Assessment> ASSESSMENT = (rs, n) -> new Assessment(rs.getLong("id"),
			rs.getLong("candidate_id"), AssessmentKind.valueOf(rs.getString("kind")), rs.getInt("assessment_year"),
			date(rs, "recorded_on"), grade(rs.getString("grade")), rs.getString("notes"), rs.getString("recorded_by"));

	private ReserveRows() {
	}

	private static LocalDate date(ResultSet rs, String column) throws SQLException {
		Date d = rs.getDate(column);
		return d == null ? null : d.toLocalDate();
	}

	private static LocalDateTime dateTime(ResultSet rs, String column) throws SQLException {
		Timestamp t = rs.getTimestamp(column);
		return t == null ? null : t.toLocalDateTime();
	}

	private static AssessmentGrade grade(String name) {
		return name == null ? null : AssessmentGrade.valueOf(name);
	}
}

package org.bastion.selection.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.bastion.people.EducationLevel;
import org.bastion.people.PersonView;
import org.bastion.selection.AssessmentGrade;
import org.bastion.selection.AssessmentKind;
import org.bastion.selection.CandidateState;
import org.bastion.selection.ClassKind;
import org.bastion.selection.Recommendation;
import org.bastion.selection.StepKind;

/** The records of the selection module, as read from its tables. */
public final class Reserve {

	private Reserve() {
	}

	/** A selection round and its rules (选拔条件), all data. */
	public record Round(long id, String name, long organizationId, String divisionCode, LocalDate referenceDate,
			int minAge, int maxAge, EducationLevel minEducation, boolean requireLocalHousehold, int noticeWorkingDays,
			String openedBy, LocalDateTime openedAt, boolean closed, long version) {
	}

	/** The rules of a new round; nulls take the defaults (25–33, 中专 and above, local household, 5 days). */
	public record RoundRules(String name, long organizationId, LocalDate referenceDate, Integer minAge, Integer maxAge,
			EducationLevel minEducation, Boolean requireLocalHousehold, Integer noticeWorkingDays) {
	}

	public record Candidate(long id, long roundId, long personId, String villageCode, String proposedRole,
			Recommendation recommendation, String recommendationSource, Integer recommenders, CandidateState state,
			Long noticeId, LocalDate poolEnteredOn, LocalDate endedOn, String endReason, long version) {
	}

	/** The reserve cadre's mentor (结对帮带责任人): the live RESERVE_MENTOR pairing of the pairing engine. */
	public record Mentor(long pairingId, long personId, String name, LocalDate since) {
	}

	/** A candidate with the person's name, for lists. */
	public record CandidateRow(Candidate candidate, String name, String villageName, int age, EducationLevel education,
			Mentor mentor) {
	}

	public record Step(long id, long candidateId, StepKind step, boolean passed, String detail, String actor,
			String actorName, String actorPost, LocalDateTime doneAt) {
	}

	public record Inspection(long candidateId, String inspectors, LocalDate inspectedOn, String findings, boolean passed) {
	}

	/**
	 * A public notice; {@code issuedBy} the round's organization as named when it was published,
	 * {@code supervisionPhone} the one given then, null for the county's.
	 */
	public record Notice(long id, long roundId, String title, LocalDate startsOn, LocalDate endsOn, String publishedBy,
			LocalDateTime publishedAt, String issuedBy, String supervisionPhone) {
	}

	public enum ObjectionStatus {
		OPEN, UPHELD, DISMISSED
	}

	public record Objection(long id, long candidateId, String body, String contact, LocalDateTime filedAt,
			ObjectionStatus status, String answer, String answeredBy, LocalDateTime answeredAt) {
	}

	public record TrainingClass(long id, long organizationId, String divisionCode, ClassKind kind, String name,
			LocalDate startsOn) {
	}

	public record Session(long id, long classId, LocalDate heldOn, String topic) {
	}

	public record Attendance(long sessionId, long candidateId, boolean present) {
	}

	public record ShadowingPlan(long id, long organizationId, String divisionCode, LocalDate planMonth) {
	}

	public record Placement(long id, long planId, long candidateId, String department, String record) {
	}

	public record Assessment(long id, long candidateId, AssessmentKind kind, int assessmentYear, LocalDate recordedOn,
			AssessmentGrade grade, String notes, String recordedBy) {
	}

	/** Who does a step, as they are at the time: their account, name and post (e.g. 安乐镇党委组织委员). */
	public record Actor(String username, String name, String post) {
	}

	/** A rule a candidate fails, as a message key with its arguments. */
	public record Fault(String messageKey, Object... args) {
	}

	/** Everything about one candidate, for its page and the API. */
	public record CandidateDetails(Candidate candidate, PersonView person, Round round, String villageName,
			List<Step> timeline, Inspection inspection, Notice notice, List<Objection> objections,
			List<Assessment> assessments, List<Placement> placements, List<Fault> faults, Mentor mentor) {
	}

	/** One line of a public notice: never an ID number or a phone. */
	public record NoticeEntry(long candidateId, String name, String villageName, int age, EducationLevel education,
			String proposedRole) {
	}

	/** A notice as the public reads it: who issued it (the round's organization) and whom to call (监督电话). */
	public record NoticeDetails(Notice notice, String roundName, List<NoticeEntry> entries, boolean open,
			String issuedBy, String supervisionPhone) {
	}

	/** The reserve.* figures of docs/indicators, for a scope and a period. */
	public record Figures(LocalDate from, LocalDate to, long pool, long demonstrationClasses, long basicClasses,
			java.math.BigDecimal mentorCoverage, long removed) {
	}
}

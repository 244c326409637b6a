package org.bastion.selection.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.bastion.people.EducationLevel;
import org.bastion.selection.AssessmentGrade;
import org.bastion.selection.AssessmentKind;
import org.bastion.selection.CandidateState;
import org.bastion.selection.Recommendation;
import org.bastion.selection.internal.Reserve.Assessment;
import org.bastion.selection.internal.Reserve.Candidate;
import org.bastion.selection.internal.Reserve.CandidateDetails;
import org.bastion.selection.internal.Reserve.CandidateRow;
import org.bastion.selection.internal.Reserve.Figures;
import org.bastion.selection.internal.Reserve.Notice;
import org.bastion.selection.internal.Reserve.Objection;
import org.bastion.selection.internal.Reserve.Round;
import org.bastion.selection.internal.Reserve.RoundRules;
import org.bastion.selection.internal.ReserveFigures;
import org.bastion.selection.internal.ReserveRounds;
import org.bastion.selection.internal.CandidateSteps;
import org.bastion.selection.internal.ReserveNotices;
import org.bastion.selection.internal.ReservePool;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Reserve-cadre selection as JSON, mirroring the pages: rounds with their rules, candidates and
 * their steps, notices, objections, the pool and the reserve.* figures. Reads see only the
 * caller's data scope (404 outside it); changes outside it are a 403. Who does a step is the signed-in
 * user (name and derived post, recorded as they are at the time); a request names no actor.
 */
@RestController
@Tag(name = "reserve", description = "村级后备力量 reserve-cadre selection (墩苗工程)")
class ReserveApiController {

	record RoundRequest(String name, Long organizationId, LocalDate referenceDate, Integer minAge, Integer maxAge,
			EducationLevel minEducation, Boolean requireLocalHousehold, Integer noticeWorkingDays) {
	}

	record RecommendRequest(Long personId, String villageCode, Recommendation recommendation, String source,
			Integer recommenders, String proposedRole) {
	}

	record ReviewRequest(boolean passed, String reason) {
	}

	record InspectionRequest(String inspectors, LocalDate inspectedOn, String findings, boolean passed) {
	}

	record NoticeRequest(List<Long> candidateIds, LocalDate startsOn, String title, String supervisionPhone) {
	}

	record AnswerRequest(boolean upheld, String answer) {
	}

	record MentorRequest(Long mentorPersonId, LocalDate since) {
	}

	record AssessmentRequest(AssessmentKind kind, Integer year, AssessmentGrade grade, String notes) {
	}

	record LeaveRequest(LocalDate on, String reason) {
	}

	/** A candidate in a list: never an ID number or a phone. */
	record CandidateJson(long id, long roundId, long personId, String name, String villageCode, String villageName,
			int age, EducationLevel education, String proposedRole, Recommendation recommendation, CandidateState state,
			LocalDate poolEnteredOn, String mentorName) {
		static CandidateJson of(CandidateRow r) {
			Candidate c = r.candidate();
			return new CandidateJson(c.id(), c.roundId(), c.personId(), r.name(), c.villageCode(), r.villageName(), r.age(),
					r.education(), c.proposedRole(), c.recommendation(), c.state(), c.poolEnteredOn(),
					r.mentor() == null ? null : r.mentor().name());
		}
	}

	private final ReserveRounds reserveRounds;
	private final CandidateSteps candidateSteps;
	private final ReserveNotices reserveNotices;
	private final ReservePool reservePool;
	private final ReserveFigures figures;

	ReserveApiController(ReserveRounds reserveRounds, CandidateSteps candidateSteps, ReserveNotices reserveNotices,
			ReservePool reservePool, ReserveFigures figures) {
		this.reserveRounds = reserveRounds;
		this.candidateSteps = candidateSteps;
		this.reserveNotices = reserveNotices;
		this.reservePool = reservePool;
		this.figures = figures;
	}

	@GetMapping("/api/v1/reserve-rounds")
	@Operation(summary = "Selection rounds in scope, newest first")
	List<Round> rounds() {
		return reserveRounds.rounds();
	}

	@PostMapping("/api/v1/reserve-rounds")
	@Operation(summary = "Open a round for a township or the county; rules default to 25–33, 中专 and above, local household, 5 working days")
	ResponseEntity<Round> open(@RequestBody RoundRequest r) {
		Round round = reserveRounds.openRound(new RoundRules(r.name(), r.organizationId() == null ? 0 : r.organizationId(),
				r.referenceDate(), r.minAge(), r.maxAge(), r.minEducation(), r.requireLocalHousehold(),
				r.noticeWorkingDays()));
		return ResponseEntity.created(URI.create("/api/v1/reserve-rounds/" + round.id())).body(round);
	}

	@GetMapping("/api/v1/reserve-rounds/{id}")
	@Operation(summary = "One round with its rules")
	Round round(@PathVariable long id) {
		return reserveRounds.round(id);
	}

	@GetMapping("/api/v1/reserve-rounds/{id}/candidates")
	@Operation(summary = "The round's candidates in scope")
	List<CandidateJson> candidatesOfRound(@PathVariable long id) {
		return reserveRounds.candidatesOfRound(id).stream().map(CandidateJson::of).toList();
	}

	@PostMapping("/api/v1/reserve-rounds/{id}/candidates")
	@Operation(summary = "三荐: recommend a person; refused with the rule named when ineligible")
	ResponseEntity<Candidate> recommend(@PathVariable long id, @RequestBody RecommendRequest r) {
		Candidate c = candidateSteps.recommend(id, r.personId() == null ? 0 : r.personId(), r.villageCode(),
				r.recommendation(), r.source(), r.recommenders(), r.proposedRole());
		return ResponseEntity.created(URI.create("/api/v1/reserve-candidates/" + c.id())).body(c);
	}

	@PostMapping("/api/v1/reserve-rounds/{id}/notices")
	@Operation(summary = "一公示: publish inspected candidates; the end date follows the working-day calendar")
	ResponseEntity<Notice> publish(@PathVariable long id, @RequestBody NoticeRequest r) {
		Notice n = reserveNotices.publishNotice(id, r.candidateIds(), r.startsOn(), r.title(), r.supervisionPhone());
		return ResponseEntity.created(URI.create("/public/notices/" + n.id())).body(n);
	}

	@GetMapping("/api/v1/reserve-rounds/figures")
	@Operation(summary = "The reserve.* figures in scope for a period (default: this year to today)")
	Figures figures(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		LocalDate end = to == null ? reserveRounds.today() : to;
		return figures.figures(from == null ? LocalDate.of(2000, 1, 1) : from, end);
	}

	@GetMapping("/api/v1/reserve-candidates")
	@Operation(summary = "Candidates in scope, optionally in one state (IN_POOL for the pool)")
	List<CandidateJson> candidates(@RequestParam(required = false) CandidateState state) {
		return reserveRounds.candidates(state == null ? null : List.of(state)).stream().map(CandidateJson::of).toList();
	}

	@GetMapping("/api/v1/reserve-candidates/{id}")
	@Operation(summary = "One candidate with the timeline, inspection, notice, objections and assessments")
	CandidateDetailsJson candidate(@PathVariable long id) {
		return CandidateDetailsJson.of(reserveRounds.details(id));
	}

	/** The details without the person's ID number or phone. */
	record CandidateDetailsJson(Candidate candidate, String name, String villageName, Round round,
			List<org.bastion.selection.internal.Reserve.Step> timeline, org.bastion.selection.internal.Reserve.Inspection inspection,
			Notice notice, List<Objection> objections, List<Assessment> assessments,
			org.bastion.selection.internal.Reserve.Mentor mentor) {
		static CandidateDetailsJson of(CandidateDetails d) {
			return new CandidateDetailsJson(d.candidate(), d.person().name(), d.villageName(), d.round(), d.timeline(),
					d.inspection(), d.notice(), d.objections().stream().map(o -> new Objection(o.id(), o.candidateId(),
							o.body(), null, o.filedAt(), o.status(), o.answer(), o.answeredBy(), o.answeredAt())).toList(),
					d.assessments(), d.mentor());
		}
	}

	@PostMapping("/api/v1/reserve-candidates/{id}/township-review")
	@Operation(summary = "两审: the township's qualification review")
	Candidate townshipReview(@PathVariable long id, @RequestBody ReviewRequest r) {
		return candidateSteps.townshipReview(id, r.passed(), r.reason());
	}

	@PostMapping("/api/v1/reserve-candidates/{id}/county-review")
	@Operation(summary = "两审: the county organization department's review")
	Candidate countyReview(@PathVariable long id, @RequestBody ReviewRequest r) {
		return candidateSteps.countyReview(id, r.passed(), r.reason());
	}

	@PostMapping("/api/v1/reserve-candidates/{id}/inspection")
	@Operation(summary = "一考察: the inspection record")
	Candidate inspect(@PathVariable long id, @RequestBody InspectionRequest r) {
		return candidateSteps.inspect(id, r.inspectors(), r.inspectedOn(), r.findings(), r.passed());
	}

	@PostMapping("/api/v1/reserve-candidates/{id}/objections/{objectionId}/answer")
	@Operation(summary = "Answer an objection: upheld takes the candidate out, dismissed needs the reason")
	Objection answer(@PathVariable long id, @PathVariable long objectionId, @RequestBody AnswerRequest r) {
		if (reserveRounds.details(id).objections().stream().noneMatch(o -> o.id() == objectionId)) {
			throw org.bastion.common.DomainException.notFound("reserve_objection", objectionId);
		}
		return reserveNotices.answerObjection(objectionId, r.upheld(), r.answer());
	}

	@PostMapping("/api/v1/reserve-candidates/{id}/mentor")
	@Operation(summary = "Name the reserve cadre's mentor (结对帮带责任人): a RESERVE_MENTOR pairing; a new mentor ends the current one")
	org.bastion.selection.internal.Reserve.Mentor mentor(@PathVariable long id, @RequestBody MentorRequest r) {
		return reservePool.nameMentor(id, r.mentorPersonId() == null ? 0 : r.mentorPersonId(), r.since());
	}

	@PostMapping("/api/v1/reserve-candidates/{id}/assessments")
	@Operation(summary = "Record a daily (日常) or annual (年度, with a grade) assessment")
	Assessment assess(@PathVariable long id, @RequestBody AssessmentRequest r) {
		return reservePool.assess(id, r.kind(), r.year(), r.grade(), r.notes());
	}

	@PostMapping("/api/v1/reserve-candidates/{id}/appointment")
	@Operation(summary = "调整任职: appointed to office, leaving the pool")
	Candidate appoint(@PathVariable long id, @RequestBody LeaveRequest r) {
		return reservePool.appoint(id, r.on(), r.reason());
	}

	@PostMapping("/api/v1/reserve-candidates/{id}/removal")
	@Operation(summary = "不适合人选调整: removed from the pool with the reason")
	Candidate remove(@PathVariable long id, @RequestBody LeaveRequest r) {
		return reservePool.remove(id, r.on(), r.reason());
	}
}

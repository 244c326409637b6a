package org.bastion.selection.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.bastion.calendar.WorkingCalendar;
import org.bastion.common.DomainException;
import org.bastion.common.audit.AuditEvent;
import org.bastion.common.scope.DataScope;
import org.bastion.common.scope.DataScopes;
import org.bastion.common.security.Authorities;
import org.bastion.geography.Division;
import org.bastion.geography.Divisions;
import org.bastion.organization.OrganizationKind;
import org.bastion.organization.OrganizationView;
import org.bastion.organization.Organizations;
import org.bastion.pairing.PairingKind;
import org.bastion.pairing.PairingStatus;
import org.bastion.pairing.PairingView;
import org.bastion.pairing.Pairings;
import org.bastion.people.EducationLevel;
import org.bastion.people.People;
import org.bastion.people.PersonView;
import org.bastion.selection.AssessmentGrade;
import org.bastion.selection.AssessmentKind;
import org.bastion.selection.CandidateState;
import org.bastion.selection.ClassKind;
import org.bastion.selection.Recommendation;
import org.bastion.selection.StepKind;
import org.bastion.selection.internal.Reserve.Actor;
import org.bastion.selection.internal.Reserve.Assessment;
import org.bastion.selection.internal.Reserve.Attendance;
import org.bastion.selection.internal.Reserve.Candidate;
import org.bastion.selection.internal.Reserve.CandidateDetails;
import org.bastion.selection.internal.Reserve.CandidateRow;
import org.bastion.selection.internal.Reserve.Fault;
import org.bastion.selection.internal.Reserve.Inspection;
import org.bastion.selection.internal.Reserve.Mentor;
import org.bastion.selection.internal.Reserve.Notice;
import org.bastion.selection.internal.Reserve.Objection;
import org.bastion.selection.internal.Reserve.ObjectionStatus;
import org.bastion.selection.internal.Reserve.Placement;
import org.bastion.selection.internal.Reserve.Round;
import org.bastion.selection.internal.Reserve.RoundRules;
import org.bastion.selection.internal.Reserve.Session;
import org.bastion.selection.internal.Reserve.ShadowingPlan;
import org.bastion.selection.internal.Reserve.TrainingClass;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reserve-cadre selection (墩苗工程) for township and county staff: rounds with their rules,
 * 三荐两审一考察一公示 with a wrong step refused with the reason, and the pool's mentor, training,
 * shadowing and assessment. {@value Authorities#SELECTION_READ} to read, {@value Authorities#SELECTION_WRITE}
 * to change; reads see only the caller's data scope (not found outside it), changes outside it are
 * forbidden. Both the pages and the API call only this.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(ReserveSelection.READ)
public class ReserveSelection {

	static final String READ = "hasAuthority('" + Authorities.SELECTION_READ + "')";
	static final String WRITE = "hasAuthority('" + Authorities.SELECTION_WRITE + "')";

	/** 大中专以上: 中专/职高/技校 and above. */
	public static final EducationLevel DEFAULT_MIN_EDUCATION = EducationLevel.SECONDARY_VOCATIONAL;
	public static final int DEFAULT_MIN_AGE = 25;
	public static final int DEFAULT_MAX_AGE = 33;

	private final ReserveStore store;
	private final DataScopes scopes;
	private final People people;
	private final Divisions divisions;
	private final Organizations organizations;
	private final WorkingCalendar calendar;
	private final ApplicationEventPublisher events;
	private final MessageSource messages;
	private final Clock clock;
	private final int minNoticeDays;
	private final Actors actors;
	private final Pairings pairings;

	ReserveSelection(ReserveStore store, DataScopes scopes, People people, Divisions divisions,
			Organizations organizations, WorkingCalendar calendar, ApplicationEventPublisher events,
			MessageSource messages, Clock clock,
			@Value("${bastion.selection.notice-min-working-days:5}") int minNoticeDays, Actors actors,
			Pairings pairings) {
		this.actors = actors;
		this.pairings = pairings;
		this.store = store;
		this.scopes = scopes;
		this.people = people;
		this.divisions = divisions;
		this.organizations = organizations;
		this.calendar = calendar;
		this.events = events;
		this.messages = messages;
		this.clock = clock;
		this.minNoticeDays = minNoticeDays;
	}

	public LocalDate today() {
		return LocalDate.now(clock);
	}

	public int minNoticeDays() {
		return minNoticeDays;
	}

	// ---------------------------------------------------------------- rounds

	public List<Round> rounds() {
		return store.rounds(scope());
	}

	public Round round(long id) {
		return store.round(id, scope()).orElseThrow(() -> DomainException.notFound("reserve_round", id));
	}

	/** The length of reserve_round.name. */
	static final int ROUND_NAME_MAX = 100;

	/** Opens a round for a township committee or the county committee in the caller's scope. */
	@PreAuthorize(WRITE)
	@Transactional
	public Round openRound(RoundRules rules) {
		Actor actor = actors.current();
		OrganizationView organization = organizationForChange(rules.organizationId());
		if (organization.kind() != OrganizationKind.TOWNSHIP_COMMITTEE
				&& organization.kind() != OrganizationKind.COUNTY_COMMITTEE || organization.divisionCode() == null) {
			throw DomainException.invalidField("organizationId", "selection.round.organization.kind");
		}
		DataScope scope = scope();
		if (!scope.coversOrganization(organization.id()) && !scope.coversDivision(organization.divisionCode())) {
			throw new AccessDeniedException("Round for an organization outside the caller's scope");
		}
		int min = rules.minAge() == null ? DEFAULT_MIN_AGE : rules.minAge();
		int max = rules.maxAge() == null ? DEFAULT_MAX_AGE : rules.maxAge();
		int days = rules.noticeWorkingDays() == null ? minNoticeDays : rules.noticeWorkingDays();
		List<DomainException.FieldFault> faults = new ArrayList<>();
		if (rules.name() == null || rules.name().isBlank()) {
			faults.add(new DomainException.FieldFault("name", "selection.round.name.required"));
		}
		else if (rules.name().strip().length() > ROUND_NAME_MAX) {
			faults.add(new DomainException.FieldFault("name", "selection.round.name.tooLong", ROUND_NAME_MAX));
		}
		if (rules.referenceDate() == null) {
			faults.add(new DomainException.FieldFault("referenceDate", "selection.round.referenceDate.required"));
		}
		if (min < 16 || max < min || max > 70) {
			faults.add(new DomainException.FieldFault("maxAge", "selection.round.ages", min, max));
		}
		if (days < minNoticeDays) {
			faults.add(new DomainException.FieldFault("noticeWorkingDays", "selection.round.noticeDays", minNoticeDays));
		}
		if (!faults.isEmpty()) {
			throw DomainException.invalid(faults);
		}
		Round round = new Round(0, rules.name().strip(), organization.id(), organization.divisionCode(),
				rules.referenceDate(), min, max, rules.minEducation() == null ? DEFAULT_MIN_EDUCATION : rules.minEducation(),
				rules.requireLocalHousehold() == null || rules.requireLocalHousehold(), days, actor.username(), now(), false, 0);
		long id = store.insertRound(round);
		Round created = store.round(id).orElseThrow();
		events.publishEvent(AuditEvent.created("reserve_round", id,
				Map.of("name", created.name(), "organizationId", created.organizationId(), "referenceDate",
						created.referenceDate().toString(), "ages", min + "-" + max, "minEducation",
						created.minEducation().name(), "noticeWorkingDays", days)));
		return created;
	}

	// ---------------------------------------------------------------- candidates

	public List<CandidateRow> candidatesOfRound(long roundId) {
		Round round = round(roundId);
		return rows(store.candidates(scope(), round.id(), null));
	}

	public List<CandidateRow> candidates(List<CandidateState> states) {
		return rows(store.candidates(scope(), null, states));
	}

	public List<CandidateRow> pool() {
		return candidates(List.of(CandidateState.IN_POOL));
	}

	public Candidate candidate(long id) {
		return store.candidate(id, scope()).orElseThrow(() -> DomainException.notFound("reserve_candidate", id));
	}

	public CandidateDetails details(long id) {
		Candidate c = candidate(id);
		PersonView person = people.get(c.personId());
		Round round = store.round(c.roundId()).orElseThrow();
		Notice notice = c.noticeId() == null ? null : store.notice(c.noticeId()).orElse(null);
		List<Fault> faults = c.state().isFinal() || c.state() == CandidateState.IN_POOL ? List.of()
				: Eligibility.faults(round, person, c.villageCode());
		return new CandidateDetails(c, person, round, villageName(c.villageCode()), store.steps(id),
				store.inspection(id).orElse(null), notice, store.objections(id), store.assessments(id),
				store.placementsOf(id), faults, mentors(List.of(c.personId())).get(c.personId()));
	}

	/**
	 * 三荐: a candidate comes in by self, mass or organization recommendation, for a village of the
	 * round; refused with the rule named when the person does not meet the round's rules.
	 */
	@PreAuthorize(WRITE)
	@Transactional
	public Candidate recommend(long roundId, long personId, String villageCode, Recommendation recommendation,
			String source, Integer recommenders, String proposedRole) {
		Actor actor = actors.current();
		Round round = store.round(roundId).orElseThrow(() -> DomainException.notFound("reserve_round", roundId));
		PersonView person = people.find(personId)
			.orElseThrow(() -> DomainException.invalidField("personId", "selection.candidate.person.unknown", personId));
		String village = villageCode == null || villageCode.isBlank() ? person.householdDivisionCode() : villageCode.strip();
		if (village == null || !village.startsWith(round.divisionCode()) || village.length() != 12) {
			throw DomainException.conflict("selection.rule.village", village == null ? "—" : village, round.name());
		}
		DataScope scope = scope();
		if (!scope.coversDivision(village) && !scope.coversOrganization(round.organizationId())) {
			throw new AccessDeniedException("Village outside the caller's scope");
		}
		if (round.closed()) {
			throw DomainException.conflict("selection.round.closed", round.name());
		}
		if (recommendation == null) {
			throw DomainException.invalidField("recommendation", "selection.candidate.recommendation.required");
		}
		if (source == null || source.isBlank()) {
			throw DomainException.invalidField("source", "selection.candidate.source.required");
		}
		if (recommendation == Recommendation.MASS && (recommenders == null || recommenders < 1)) {
			throw DomainException.invalidField("recommenders", "selection.candidate.recommenders.required");
		}
		if (proposedRole == null || proposedRole.isBlank()) {
			throw DomainException.invalidField("proposedRole", "selection.candidate.role.required");
		}
		refuseIneligible(round, person, village);
		long id;
		try {
			id = store.insertCandidate(new Candidate(0, round.id(), personId, village, proposedRole.strip(),
					recommendation, source.strip(), recommendation == Recommendation.MASS ? recommenders : null,
					CandidateState.RECOMMENDED, null, null, null, null, 0));
		}
		catch (DuplicateKeyException ex) {
			throw DomainException.conflict("selection.candidate.duplicate", person.name(), round.name());
		}
		store.step(id, StepKind.RECOMMENDED, true, text("recommendation." + recommendation) + "：" + source.strip()
				+ (recommendation == Recommendation.MASS ? "（" + recommenders + " 人推荐）" : ""), actor, now());
		events.publishEvent(AuditEvent.created("reserve_candidate", id, Map.of("roundId", round.id(), "personId",
				personId, "villageCode", village, "recommendation", recommendation.name(), "state", "RECOMMENDED")));
		return store.candidate(id).orElseThrow();
	}

	/** 两审 (1): the township's qualification review. */
	@PreAuthorize(WRITE)
	@Transactional
	public Candidate townshipReview(long id, boolean passed, String reason) {
		return review(id, CandidateState.RECOMMENDED, CandidateState.QUALIFIED, StepKind.TOWNSHIP_REVIEW, passed, reason,
				actors.current());
	}

	/** 两审 (2): the county organization department's review. */
	@PreAuthorize(WRITE)
	@Transactional
	public Candidate countyReview(long id, boolean passed, String reason) {
		return review(id, CandidateState.QUALIFIED, CandidateState.APPROVED, StepKind.COUNTY_REVIEW, passed, reason,
				actors.current());
	}

	private Candidate review(long id, CandidateState from, CandidateState to, StepKind step, boolean passed,
			String reason, Actor actor) {
		Candidate c = forChange(id);
		requireState(c, from, step);
		if (!passed && (reason == null || reason.isBlank())) {
			throw DomainException.invalidField("reason", "selection.review.reason.required");
		}
		if (passed) {
			refuseIneligible(c);
		}
		move(c, from, passed ? to : CandidateState.REJECTED, step);
		store.step(id, step, passed, blankToNull(reason), actor, now());
		audit(c, from, passed ? to : CandidateState.REJECTED, reason);
		return store.candidate(id).orElseThrow();
	}

	/** 一考察: the inspection record; a favourable conclusion leads to the public notice. */
	@PreAuthorize(WRITE)
	@Transactional
	public Candidate inspect(long id, String inspectors, LocalDate inspectedOn, String findings, boolean passed) {
		Actor actor = actors.current();
		Candidate c = forChange(id);
		requireState(c, CandidateState.APPROVED, StepKind.INSPECTION);
		if (inspectors == null || inspectors.isBlank()) {
			throw DomainException.invalidField("inspectors", "selection.inspection.inspectors.required");
		}
		if (inspectedOn == null) {
			throw DomainException.invalidField("inspectedOn", "selection.inspection.date.required");
		}
		if (findings == null || findings.isBlank()) {
			throw DomainException.invalidField("findings", "selection.inspection.findings.required");
		}
		if (passed) {
			refuseIneligible(c);
		}
		CandidateState to = passed ? CandidateState.INSPECTED : CandidateState.REJECTED;
		move(c, CandidateState.APPROVED, to, StepKind.INSPECTION);
		store.insertInspection(new Inspection(id, inspectors.strip(), inspectedOn, findings.strip(), passed));
		store.step(id, StepKind.INSPECTION, passed, inspectedOn + " " + inspectors.strip() + "：" + findings.strip(), actor,
				now());
		audit(c, CandidateState.APPROVED, to, null);
		return store.candidate(id).orElseThrow();
	}

	/**
	 * 一公示: publishes inspected candidates of a round on the public notice page, from {@code startsOn}
	 * (today or later) for the round's number of working days on the official calendar.
	 */
	@PreAuthorize(WRITE)
	@Transactional
	public Notice publishNotice(long roundId, Collection<Long> candidateIds, LocalDate startsOn, String title) {
		return publishNotice(roundId, candidateIds, startsOn, title, today());
	}

	/**
	 * A notice published on {@code publishedOn}: today, or a past day for history brought in (the
	 * demo's last year's round), never from the pages or the API. It cannot start before that day, so
	 * its period counts from the first day the public can see it.
	 */
	@PreAuthorize(WRITE)
	@Transactional
	public Notice publishNotice(long roundId, Collection<Long> candidateIds, LocalDate startsOn, String title,
			LocalDate publishedOn) {
		if (publishedOn.isAfter(today())) {
			throw new IllegalArgumentException("a notice cannot be published on a future day: " + publishedOn);
		}
		Actor actor = actors.current();
		Round round = store.round(roundId).orElseThrow(() -> DomainException.notFound("reserve_round", roundId));
		if (candidateIds == null || candidateIds.isEmpty()) {
			throw DomainException.invalidField("candidateIds", "selection.notice.candidates.required");
		}
		if (startsOn == null) {
			throw DomainException.invalidField("startsOn", "selection.notice.start.required");
		}
		if (startsOn.isBefore(publishedOn)) {
			throw DomainException.invalidField("startsOn", "selection.notice.start.past", publishedOn);
		}
		LocalDate endsOn = noticeEnd(startsOn, round.noticeWorkingDays());
		LocalDateTime at = now().with(publishedOn);
		List<Candidate> listed = new ArrayList<>();
		for (long cid : Set.copyOf(candidateIds)) {
			Candidate c = forChange(cid);
			if (c.roundId() != roundId) {
				throw DomainException.invalidField("candidateIds", "selection.notice.otherRound");
			}
			requireState(c, CandidateState.INSPECTED, StepKind.NOTICE_PUBLISHED);
			refuseIneligible(c);
			listed.add(c);
		}
		String noticeTitle = title == null || title.isBlank() ? round.name() + "拟入选村级后备力量人选公示" : title.strip();
		long noticeId = store.insertNotice(new Notice(0, roundId, noticeTitle, startsOn, endsOn, actor.username(), at));
		Map<Long, PersonView> persons = people.findAll(listed.stream().map(Candidate::personId).toList());
		for (Candidate c : listed) {
			move(c, CandidateState.INSPECTED, CandidateState.IN_NOTICE, StepKind.NOTICE_PUBLISHED);
			store.setNotice(c.id(), noticeId);
			PersonView p = persons.get(c.personId());
			store.insertNoticeEntry(noticeId, new Reserve.NoticeEntry(c.id(), p.name(),
					divisions.find(c.villageCode()).map(d -> d.shortName()).orElse(""), p.ageOn(round.referenceDate()),
					p.education(), c.proposedRole()));
			store.step(c.id(), StepKind.NOTICE_PUBLISHED, true, startsOn + " — " + endsOn, actor, at);
			audit(c, CandidateState.INSPECTED, CandidateState.IN_NOTICE, "notice " + noticeId);
		}
		return store.notice(noticeId).orElseThrow();
	}

	/** The last day of a notice of {@code workingDays} working days from {@code startsOn}, on the official calendar. */
	public LocalDate noticeEnd(LocalDate startsOn, int workingDays) {
		if (!calendar.knowsYear(startsOn.getYear())) {
			throw DomainException.conflict("selection.notice.calendarUnknown", startsOn.getYear());
		}
		LocalDate end = calendar.endOfPeriod(startsOn, Math.max(workingDays, minNoticeDays));
		if (!calendar.knowsYear(end.getYear())) {
			throw DomainException.conflict("selection.notice.calendarUnknown", end.getYear());
		}
		return end;
	}

	public List<Notice> notices() {
		return store.notices(scope());
	}

	public List<Objection> openObjections() {
		return store.openObjections(scope());
	}

	/**
	 * Answers an objection after investigation: upheld takes the candidate out; dismissed needs the
	 * reason. Either way the answer is recorded with who gave it.
	 */
	@PreAuthorize(WRITE)
	@Transactional
	public Objection answerObjection(long objectionId, boolean upheld, String answer) {
		Actor actor = actors.current();
		Objection o = store.objection(objectionId)
			.orElseThrow(() -> DomainException.notFound("reserve_objection", objectionId));
		Candidate c = forChange(o.candidateId());
		if (answer == null || answer.isBlank()) {
			throw DomainException.invalidField("answer", "selection.objection.answer.required");
		}
		if (!store.answerObjection(objectionId, upheld ? "UPHELD" : "DISMISSED", answer.strip(), actor.name() + "（"
				+ actor.post() + "）", now())) {
			throw DomainException.conflict("selection.objection.answered");
		}
		store.step(c.id(), upheld ? StepKind.OBJECTION_UPHELD : StepKind.OBJECTION_DISMISSED, !upheld, answer.strip(),
				actor, now());
		if (upheld) {
			requireState(c, CandidateState.IN_NOTICE, StepKind.OBJECTION_UPHELD);
			move(c, CandidateState.IN_NOTICE, CandidateState.REJECTED, StepKind.OBJECTION_UPHELD);
			audit(c, CandidateState.IN_NOTICE, CandidateState.REJECTED, "objection " + objectionId + " upheld");
		}
		else {
			events.publishEvent(AuditEvent.updated("reserve_objection", objectionId, Map.of("status", "OPEN"),
					Map.of("status", "DISMISSED")));
		}
		return store.objection(objectionId).orElseThrow();
	}

	// ---------------------------------------------------------------- in the pool

	/**
	 * Names the reserve cadre's mentor (结对帮带责任人): an ACTIVE {@code RESERVE_MENTOR} pairing of the
	 * pairing engine, whose hard rules apply (a mentor tagged 导师 with one reserve cadre, one mentor
	 * per reserve cadre; refused naming the rule). A new mentor ends the current pairing with the
	 * reason and starts the new one on {@code since}.
	 */
	@PreAuthorize(WRITE)
	@Transactional
	public Mentor nameMentor(long id, long mentorPersonId, LocalDate since) {
		Actor actor = actors.current();
		Candidate c = forChange(id);
		requireState(c, CandidateState.IN_POOL, StepKind.MENTOR_NAMED);
		PersonView mentor = people.find(mentorPersonId)
			.orElseThrow(() -> DomainException.invalidField("mentorPersonId", "selection.mentor.unknown", mentorPersonId));
		if (mentorPersonId == c.personId()) {
			throw DomainException.invalidField("mentorPersonId", "selection.mentor.self");
		}
		LocalDate from = since == null ? today() : since;
		Mentor old = mentors(List.of(c.personId())).get(c.personId());
		if (old != null && old.personId() == mentorPersonId) {
			throw DomainException.conflict("selection.mentor.same", mentor.name());
		}
		if (old != null) {
			pairings.endPairing(old.pairingId(), "更换结对导师，改由 " + mentor.name() + " 帮带", from);
		}
		PairingView pairing = pairings.pairActive(PairingKind.RESERVE_MENTOR, mentorPersonId, c.personId(), from);
		store.step(id, StepKind.MENTOR_NAMED, true, mentor.name() + "（" + from + " 起）", actor, now());
		events.publishEvent(AuditEvent.updated("reserve_candidate", id,
				Map.of("mentorPersonId", old == null ? "" : old.personId()),
				Map.of("mentorPersonId", mentorPersonId, "pairingId", pairing.id())));
		return mentorOf(pairing);
	}

	/** The current mentors (the live, active RESERVE_MENTOR pairings) of these persons, by person id. */
	public Map<Long, Mentor> mentors(Collection<Long> personIds) {
		Map<Long, Mentor> mentors = new LinkedHashMap<>();
		pairings.liveOfRights(PairingKind.RESERVE_MENTOR, personIds).forEach((person, live) -> live.stream()
			.filter(p -> p.status() == PairingStatus.ACTIVE).findFirst()
			.ifPresent(p -> mentors.put(person, mentorOf(p))));
		return mentors;
	}

	private static Mentor mentorOf(PairingView p) {
		return new Mentor(p.id(), p.leftId(), p.leftName(), p.startsOn());
	}

	/** 日常 or 年度 assessment; the annual one has a grade, once a year. */
	@PreAuthorize(WRITE)
	@Transactional
	public Assessment assess(long id, AssessmentKind kind, Integer year, AssessmentGrade grade, String notes) {
		Actor actor = actors.current();
		Candidate c = forChange(id);
		requireState(c, CandidateState.IN_POOL, null);
		if (kind == null) {
			throw DomainException.invalidField("kind", "selection.assessment.kind.required");
		}
		if (notes == null || notes.isBlank()) {
			throw DomainException.invalidField("notes", "selection.assessment.notes.required");
		}
		int y = year == null ? today().getYear() : year;
		if (kind == AssessmentKind.ANNUAL) {
			if (grade == null) {
				throw DomainException.invalidField("grade", "selection.assessment.grade.required");
			}
			if (store.hasAnnual(id, y)) {
				throw DomainException.conflict("selection.assessment.annualTwice", y);
			}
		}
		Assessment a = new Assessment(0, id, kind, y, today(), kind == AssessmentKind.ANNUAL ? grade : null,
				notes.strip(), actor.name());
		store.insertAssessment(a);
		events.publishEvent(AuditEvent.created("reserve_assessment", id,
				Map.of("kind", kind.name(), "year", y, "grade", a.grade() == null ? "" : a.grade().name())));
		return a;
	}

	/** 调整任职: appointed to office, leaving the pool. */
	@PreAuthorize(WRITE)
	@Transactional
	public Candidate appoint(long id, LocalDate on, String office) {
		return leave(id, CandidateState.APPOINTED, StepKind.APPOINTED, on, office, "selection.appoint.office.required",
				actors.current());
	}

	/** 不适合人选调整: removed from the pool as unsuitable, with the reason. */
	@PreAuthorize(WRITE)
	@Transactional
	public Candidate remove(long id, LocalDate on, String reason) {
		return leave(id, CandidateState.REMOVED, StepKind.REMOVED, on, reason, "selection.remove.reason.required",
				actors.current());
	}

	private Candidate leave(long id, CandidateState to, StepKind step, LocalDate on, String text, String requiredKey,
			Actor actor) {
		Candidate c = forChange(id);
		requireState(c, CandidateState.IN_POOL, step);
		if (text == null || text.isBlank()) {
			throw DomainException.invalidField("reason", requiredKey);
		}
		LocalDate day = on == null ? today() : on;
		if (!store.transition(id, CandidateState.IN_POOL, to)) {
			throw refused(store.candidate(id).orElseThrow(), CandidateState.IN_POOL, step);
		}
		store.endMembership(id, to, day, text.strip());
		Mentor mentor = mentors(List.of(c.personId())).get(c.personId());
		if (mentor != null) {
			pairings.endPairing(mentor.pairingId(), (to == CandidateState.APPOINTED ? "后备力量调整任职：" : "后备力量出库：")
					+ text.strip(), day);
		}
		store.step(id, step, true, text.strip(), actor, now());
		audit(c, CandidateState.IN_POOL, to, text.strip());
		return store.candidate(id).orElseThrow();
	}

	// ---------------------------------------------------------------- training and shadowing

	public List<TrainingClass> classes() {
		return store.classes(scope());
	}

	public TrainingClass trainingClass(long id) {
		return store.trainingClass(id, scope()).orElseThrow(() -> DomainException.notFound("reserve_class", id));
	}

	public List<Session> sessions(long classId) {
		return store.sessions(trainingClass(classId).id());
	}

	public List<Attendance> attendance(long classId) {
		return store.attendanceOfClass(trainingClass(classId).id());
	}

	@PreAuthorize(WRITE)
	@Transactional
	public TrainingClass createClass(long organizationId, ClassKind kind, String name, LocalDate startsOn) {
		OrganizationView organization = changeableOrganization(organizationId);
		if (kind == null) {
			throw DomainException.invalidField("kind", "selection.class.kind.required");
		}
		if (name == null || name.isBlank()) {
			throw DomainException.invalidField("name", "selection.class.name.required");
		}
		if (startsOn == null) {
			throw DomainException.invalidField("startsOn", "selection.class.start.required");
		}
		long id = store.insertClass(new TrainingClass(0, organization.id(), organization.divisionCode(), kind,
				name.strip(), startsOn));
		events.publishEvent(AuditEvent.created("reserve_class", id, Map.of("kind", kind.name(), "name", name.strip())));
		return store.trainingClass(id, DataScope.everything()).orElseThrow();
	}

	@PreAuthorize(WRITE)
	@Transactional
	public Session addSession(long classId, LocalDate heldOn, String topic) {
		TrainingClass k = changeable(classId, store.classExists(classId), () -> trainingClass(classId), "reserve_class");
		if (heldOn == null || topic == null || topic.isBlank()) {
			throw DomainException.invalidField("topic", "selection.session.required");
		}
		long id = store.insertSession(k.id(), heldOn, topic.strip());
		events.publishEvent(AuditEvent.created("reserve_class_session", id, Map.of("classId", k.id(), "heldOn",
				heldOn.toString())));
		return store.session(id).orElseThrow();
	}

	/** Records who of the pool attended a session: {@code present} by candidate id. */
	@PreAuthorize(WRITE)
	@Transactional
	public void recordAttendance(long sessionId, Map<Long, Boolean> present) {
		Session s = store.session(sessionId).orElseThrow(() -> DomainException.notFound("reserve_class_session", sessionId));
		changeable(s.classId(), true, () -> trainingClass(s.classId()), "reserve_class");
		for (Map.Entry<Long, Boolean> e : present.entrySet()) {
			Candidate c = forChange(e.getKey());
			if (c.state() != CandidateState.IN_POOL) {
				throw DomainException.conflict("selection.attendance.notInPool");
			}
			store.attendance(sessionId, c.id(), Boolean.TRUE.equals(e.getValue()));
		}
		events.publishEvent(AuditEvent.updated("reserve_class_session", sessionId, Map.of(),
				Map.of("attendance", present.size())));
	}

	public List<ShadowingPlan> plans() {
		return store.plans(scope());
	}

	public ShadowingPlan plan(long id) {
		return store.plan(id, scope()).orElseThrow(() -> DomainException.notFound("reserve_shadowing_plan", id));
	}

	public List<Placement> placements(long planId) {
		return store.placementsOfPlan(plan(planId).id());
	}

	/** A month's shadowing plan (跟岗学习) for a township (or the county). */
	@PreAuthorize(WRITE)
	@Transactional
	public ShadowingPlan createPlan(long organizationId, LocalDate month) {
		OrganizationView organization = changeableOrganization(organizationId);
		if (month == null) {
			throw DomainException.invalidField("month", "selection.plan.month.required");
		}
		long id = store.insertPlan(organization.id(), organization.divisionCode(), month.withDayOfMonth(1));
		events.publishEvent(AuditEvent.created("reserve_shadowing_plan", id, Map.of("month", month.withDayOfMonth(1)
				.toString())));
		return store.plan(id, DataScope.everything()).orElseThrow();
	}

	/** Places a reserve cadre of the pool at a township department for the plan's month. */
	@PreAuthorize(WRITE)
	@Transactional
	public Placement place(long planId, long candidateId, String department) {
		changeable(planId, store.planExists(planId), () -> plan(planId), "reserve_shadowing_plan");
		Candidate c = forChange(candidateId);
		if (c.state() != CandidateState.IN_POOL) {
			throw DomainException.conflict("selection.attendance.notInPool");
		}
		if (department == null || department.isBlank()) {
			throw DomainException.invalidField("department", "selection.placement.department.required");
		}
		try {
			long id = store.insertPlacement(planId, candidateId, department.strip());
			events.publishEvent(AuditEvent.created("reserve_shadowing_placement", id,
					Map.of("planId", planId, "candidateId", candidateId, "department", department.strip())));
			return store.placement(id).orElseThrow();
		}
		catch (DuplicateKeyException ex) {
			throw DomainException.conflict("selection.placement.duplicate");
		}
	}

	@PreAuthorize(WRITE)
	@Transactional
	public Placement recordPlacement(long placementId, String record) {
		Placement p = store.placement(placementId)
			.orElseThrow(() -> DomainException.notFound("reserve_shadowing_placement", placementId));
		changeable(p.planId(), true, () -> plan(p.planId()), "reserve_shadowing_plan");
		if (record == null || record.isBlank()) {
			throw DomainException.invalidField("record", "selection.placement.record.required");
		}
		store.recordPlacement(placementId, record.strip());
		events.publishEvent(AuditEvent.updated("reserve_shadowing_placement", placementId, Map.of(),
				Map.of("record", "recorded")));
		return store.placement(placementId).orElseThrow();
	}

	// ---------------------------------------------------------------- helpers

	public List<CandidateRow> rows(List<Candidate> candidates) {
		Map<Long, PersonView> persons = people.findAll(candidates.stream().map(Candidate::personId).toList());
		Map<String, Division> villages = divisions.findAll(candidates.stream().map(Candidate::villageCode).distinct().toList());
		Map<Long, Round> rounds = new LinkedHashMap<>();
		Map<Long, Mentor> mentors = mentors(candidates.stream().filter(c -> c.state() == CandidateState.IN_POOL)
			.map(Candidate::personId).toList());
		List<CandidateRow> rows = new ArrayList<>();
		for (Candidate c : candidates) {
			PersonView p = persons.get(c.personId());
			Round r = rounds.computeIfAbsent(c.roundId(), id -> store.round(id).orElseThrow());
			Division v = villages.get(c.villageCode());
			rows.add(new CandidateRow(c, p == null ? "—" : p.name(), v == null ? c.villageCode() : v.shortName(),
					p == null || p.birthDate() == null ? 0 : p.ageOn(r.referenceDate()), p == null ? null : p.education(),
					c.state() == CandidateState.IN_POOL ? mentors.get(c.personId()) : null));
		}
		return rows;
	}

	public String villageName(String code) {
		return divisions.find(code).map(Division::shortName).orElse(code);
	}

	/** The eligibility faults of a candidate now, as Chinese or English text for the page. */
	public List<String> faultTexts(List<Fault> faults, Locale locale) {
		return faults.stream().map(f -> messages.getMessage(f.messageKey(), f.args(), f.messageKey(), locale)).toList();
	}

	private void refuseIneligible(Candidate c) {
		refuseIneligible(store.round(c.roundId()).orElseThrow(), people.get(c.personId()), c.villageCode());
	}

	private static void refuseIneligible(Round round, PersonView person, String village) {
		List<Fault> faults = Eligibility.faults(round, person, village);
		if (!faults.isEmpty()) {
			Fault first = faults.get(0);
			throw DomainException.conflict(first.messageKey(), first.args());
		}
	}

	private Candidate forChange(long id) {
		return changeable(id, store.candidate(id).isPresent(), () -> candidate(id), "reserve_candidate");
	}

	/** The record when in scope; forbidden when it exists outside the scope; not found otherwise. */
	private <T> T changeable(long id, boolean exists, java.util.function.Supplier<T> scoped, String what) {
		if (!exists) {
			throw DomainException.notFound(what, id);
		}
		try {
			return scoped.get();
		}
		catch (DomainException ex) {
			if (ex.kind() == DomainException.Kind.NOT_FOUND) {
				throw new AccessDeniedException(what + " " + id + " outside the caller's scope");
			}
			throw ex;
		}
	}

	private OrganizationView changeableOrganization(long organizationId) {
		OrganizationView organization = organizationForChange(organizationId);
		if (organization.divisionCode() == null) {
			throw DomainException.invalidField("organizationId", "selection.round.organization.kind");
		}
		DataScope scope = scope();
		if (!scope.coversOrganization(organization.id()) && !scope.coversDivision(organization.divisionCode())) {
			throw new AccessDeniedException("Organization outside the caller's scope");
		}
		return organization;
	}

	/** The organization when in scope; forbidden when it exists outside it; an input fault when there is none. */
	private OrganizationView organizationForChange(long id) {
		return organizations.find(id).orElseThrow(() -> organizations.subtreeIds(id).isEmpty()
				? DomainException.invalidField("organizationId", "selection.round.organization.unknown")
				: new AccessDeniedException("Organization " + id + " outside the caller's scope"));
	}

	private void requireState(Candidate c, CandidateState required, StepKind step) {
		if (c.state() != required) {
			throw refused(c, required, step);
		}
	}

	private DomainException refused(Candidate c, CandidateState required, StepKind step) {
		return DomainException.conflict("selection.transition.refused",
				new DefaultMessageSourceResolvable(step == null ? "selection.step.ASSESSMENT" : "selection.step." + step),
				new DefaultMessageSourceResolvable("selection.state." + c.state()),
				new DefaultMessageSourceResolvable("selection.state." + required));
	}

	private void move(Candidate c, CandidateState from, CandidateState to, StepKind step) {
		if (!store.transition(c.id(), from, to)) {
			throw refused(store.candidate(c.id()).orElseThrow(), from, step);
		}
	}

	private void audit(Candidate c, CandidateState from, CandidateState to, String detail) {
		AuditEvent event = AuditEvent.updated("reserve_candidate", c.id(), Map.of("state", from.name()),
				Map.of("state", to.name()));
		events.publishEvent(detail == null ? event : event.withDetail(detail));
	}

	private String text(String key) {
		return messages.getMessage(key, null, key, Locale.SIMPLIFIED_CHINESE);
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	private DataScope scope() {
		return scopes.current();
	}

	private LocalDateTime now() {
		return LocalDateTime.now(clock);
	}
}

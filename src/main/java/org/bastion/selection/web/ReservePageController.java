package org.bastion.selection.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.bastion.common.DomainException;
import org.bastion.common.PageRequest;
import org.bastion.common.PageResult;
import org.bastion.common.web.ListPage;
import org.bastion.organization.OrganizationKind;
import org.bastion.organization.OrganizationView;
import org.bastion.organization.Organizations;
import org.bastion.platform.PickerField;
import org.bastion.people.EducationLevel;
import org.bastion.selection.AssessmentGrade;
import org.bastion.selection.AssessmentKind;
import org.bastion.selection.CandidateState;
import org.bastion.selection.ClassKind;
import org.bastion.selection.Recommendation;
import org.bastion.selection.internal.Reserve.CandidateDetails;
import org.bastion.selection.internal.Reserve.CandidateRow;
import org.bastion.selection.internal.Reserve.Objection;
import org.bastion.selection.internal.Reserve.Round;
import org.bastion.selection.internal.Reserve.RoundRules;
import org.bastion.selection.internal.Reserve.Session;
import org.bastion.selection.internal.Reserve.TrainingClass;
import org.bastion.selection.internal.Actors;
import org.bastion.selection.internal.ReserveFigures;
import org.bastion.selection.internal.ReserveRounds;
import org.bastion.selection.internal.CandidateSteps;
import org.bastion.selection.internal.ReserveNotices;
import org.bastion.selection.internal.ReservePool;
import org.bastion.selection.internal.ReserveTraining;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pages of reserve-cadre selection for township and county staff, within their data scope:
 * rounds and figures, candidates with their timeline and the next step's form, notices and
 * objections, the pool, training classes and shadowing plans. A refused change comes back to the
 * page with the reason.
 */
@Controller
@RequestMapping("/reserve")
class ReservePageController {

	private final ReserveRounds reserveRounds;
	private final CandidateSteps candidateSteps;
	private final ReserveNotices reserveNotices;
	private final ReservePool reservePool;
	private final ReserveTraining reserveTraining;
	private final ReserveFigures figures;
	private final Organizations organizations;
	private final MessageSource messages;
	private final Actors actors;

	ReservePageController(ReserveRounds reserveRounds, CandidateSteps candidateSteps, ReserveNotices reserveNotices,
			ReservePool reservePool, ReserveTraining reserveTraining, ReserveFigures figures, Organizations organizations,
			MessageSource messages, Actors actors) {
		this.actors = actors;
		this.reserveRounds = reserveRounds;
		this.candidateSteps = candidateSteps;
		this.reserveNotices = reserveNotices;
		this.reservePool = reservePool;
		this.reserveTraining = reserveTraining;
		this.figures = figures;
		this.organizations = organizations;
		this.messages = messages;
	}

	@GetMapping
	String index(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) Integer page, Model model) {
		LocalDate end = to == null ? reserveRounds.today() : to;
		LocalDate start = from == null ? LocalDate.of(2000, 1, 1) : from;
		model.addAttribute("figures", figures.figures(start, end));
		model.addAttribute("from", from);
		model.addAttribute("to", end);
		PageResult<Round> rounds = PageResult.of(reserveRounds.rounds(), PageRequest.of(page, null));
		model.addAttribute("rounds", rounds.items());
		// each page keeps the figures' period
		model.addAttribute("pager", ListPage.of(rounds, p -> "/reserve?" + (from == null ? "" : "from=" + from + "&")
				+ (to == null ? "" : "to=" + to + "&") + "page=" + p));
		model.addAttribute("organizationNames", names(rounds.items().stream().map(Round::organizationId).toList()));
		model.addAttribute("committees", committees());
		model.addAttribute("educations", EducationLevel.values());
		model.addAttribute("minNoticeDays", reserveRounds.minNoticeDays());
		model.addAttribute("defaultReference", reserveRounds.today());
		return "selection/index";
	}

	@PostMapping("/rounds")
	String open(@RequestParam(required = false) Long organizationId, @RequestParam(required = false) String name,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate referenceDate,
			@RequestParam(required = false) Integer minAge, @RequestParam(required = false) Integer maxAge,
			@RequestParam(required = false) EducationLevel minEducation,
			@RequestParam(defaultValue = "false") boolean requireLocalHousehold,
			@RequestParam(required = false) Integer noticeWorkingDays, RedirectAttributes redirect,
			Locale locale) {
		return attempt(redirect, locale, "/reserve", () -> "/reserve/rounds/" + reserveRounds.openRound(
				new RoundRules(name, organizationId == null ? 0 : organizationId, referenceDate, minAge, maxAge,
						minEducation, requireLocalHousehold, noticeWorkingDays)).id());
	}

	@GetMapping("/rounds/{id}")
	String round(@PathVariable long id, Model model) {
		Round round = reserveRounds.round(id);
		model.addAttribute("round", round);
		model.addAttribute("organizationName", organizations.find(round.organizationId()).map(OrganizationView::name).orElse(""));
		List<CandidateRow> rows = reserveRounds.candidatesOfRound(id);
		model.addAttribute("candidates", rows);
		model.addAttribute("inspected", rows.stream().filter(r -> r.candidate().state() == CandidateState.INSPECTED).toList());
		model.addAttribute("recommendations", Recommendation.values());
		model.addAttribute("today", reserveRounds.today());
		model.addAttribute("actor", actors.current());
		model.addAttribute("personPicker", new PickerField("person", "personId", null, null, null));
		model.addAttribute("villagePicker", new PickerField("division", "villageCode", null, null, "VILLAGE"));
		return "selection/round";
	}

	@PostMapping("/rounds/{id}/candidates")
	String recommend(@PathVariable long id, @RequestParam(required = false) Long personId,
			@RequestParam(required = false) String villageCode, @RequestParam(required = false) Recommendation recommendation,
			@RequestParam(required = false) String source, @RequestParam(required = false) Integer recommenders,
			@RequestParam(required = false) String proposedRole, RedirectAttributes redirect,
			Locale locale) {
		return attempt(redirect, locale, "/reserve/rounds/" + id, () -> "/reserve/candidates/" + candidateSteps.recommend(id,
				personId == null ? 0 : personId, villageCode, recommendation, source, recommenders, proposedRole).id());
	}

	@PostMapping("/rounds/{id}/notices")
	String publish(@PathVariable long id, @RequestParam(required = false) List<Long> candidateIds,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startsOn,
			@RequestParam(required = false) String title, @RequestParam(required = false) String supervisionPhone,
			RedirectAttributes redirect, Locale locale) {
		return attempt(redirect, locale, "/reserve/rounds/" + id, () -> {
			reserveNotices.publishNotice(id, candidateIds == null ? List.of() : candidateIds, startsOn, title, supervisionPhone);
			redirect.addFlashAttribute("done", messages.getMessage("selection.notice.published", null, locale));
			return "/reserve/rounds/" + id;
		});
	}

	@GetMapping("/candidates/{id}")
	String candidate(@PathVariable long id, Model model, Locale locale) {
		CandidateDetails d = reserveRounds.details(id);
		model.addAttribute("d", d);
		model.addAttribute("c", d.candidate());
		model.addAttribute("faults", reserveRounds.faultTexts(d.faults(), locale));
		model.addAttribute("kinds", AssessmentKind.values());
		model.addAttribute("grades", AssessmentGrade.values());
		model.addAttribute("today", reserveRounds.today());
		model.addAttribute("actor", actors.current());
		model.addAttribute("mentorPicker", new PickerField("person", "mentorPersonId", null, null, null));
		return "selection/candidate";
	}

	@PostMapping("/candidates/{id}/step")
	String step(@PathVariable long id, @RequestParam String step, @RequestParam(required = false) Boolean passed,
			@RequestParam(required = false) String reason, @RequestParam(required = false) String inspectors,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
			@RequestParam(required = false) String findings, RedirectAttributes redirect,
			Locale locale) {
		return attempt(redirect, locale, "/reserve/candidates/" + id, () -> {
			switch (step) {
				case "township" -> candidateSteps.townshipReview(id, passed, reason);
				case "county" -> candidateSteps.countyReview(id, passed, reason);
				case "inspection" -> candidateSteps.inspect(id, inspectors, on, findings, passed);
				case "appoint" -> reservePool.appoint(id, on, reason);
				case "remove" -> reservePool.remove(id, on, reason);
				default -> throw DomainException.invalidField("step", "selection.step.unknown");
			}
			return "/reserve/candidates/" + id;
		});
	}

	@PostMapping("/candidates/{id}/mentor")
	String mentor(@PathVariable long id, @RequestParam(required = false) Long mentorPersonId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate since, RedirectAttributes redirect, Locale locale) {
		return attempt(redirect, locale, "/reserve/candidates/" + id, () -> {
			reservePool.nameMentor(id, mentorPersonId == null ? 0 : mentorPersonId, since);
			return "/reserve/candidates/" + id;
		});
	}

	@PostMapping("/candidates/{id}/assessments")
	String assess(@PathVariable long id, @RequestParam(required = false) AssessmentKind kind,
			@RequestParam(required = false) Integer year, @RequestParam(required = false) AssessmentGrade grade,
			@RequestParam(required = false) String notes, RedirectAttributes redirect, Locale locale) {
		return attempt(redirect, locale, "/reserve/candidates/" + id, () -> {
			reservePool.assess(id, kind, year, grade, notes);
			return "/reserve/candidates/" + id;
		});
	}

	@PostMapping("/objections/{objectionId}/answer")
	String answer(@PathVariable long objectionId, @RequestParam long candidateId,
			@RequestParam(defaultValue = "false") boolean upheld, @RequestParam(required = false) String answer, RedirectAttributes redirect, Locale locale) {
		return attempt(redirect, locale, "/reserve/candidates/" + candidateId, () -> {
			reserveNotices.answerObjection(objectionId, upheld, answer);
			return "/reserve/candidates/" + candidateId;
		});
	}

	@GetMapping("/notices")
	String notices(@RequestParam(required = false) Integer page, Model model) {
		PageResult<?> notices = PageResult.of(reserveNotices.notices(), PageRequest.of(page, null));
		model.addAttribute("notices", notices.items());
		model.addAttribute("pager", ListPage.of(notices, p -> "/reserve/notices?page=" + p));
		List<Objection> open = reserveNotices.openObjections();
		model.addAttribute("objections", open);
		model.addAttribute("names", reserveRounds.rows(open.stream().map(o -> reserveRounds.candidate(o.candidateId())).distinct()
			.toList()).stream().collect(Collectors.toMap(r -> r.candidate().id(), CandidateRow::name, (a, b) -> a)));
		model.addAttribute("today", reserveRounds.today());
		return "selection/notices";
	}

	@GetMapping("/pool")
	String pool(@RequestParam(required = false) CandidateState state, @RequestParam(required = false) Integer page, Model model) {
		CandidateState shown = state == null ? CandidateState.IN_POOL : state;
		model.addAttribute("state", shown);
		model.addAttribute("states", CandidateState.values());
		PageResult<?> candidates = PageResult.of(reserveRounds.candidates(List.of(shown)), PageRequest.of(page, null));
		model.addAttribute("candidates", candidates.items());
		model.addAttribute("pager", ListPage.of(candidates, p -> "/reserve/pool?state=" + shown + "&page=" + p));
		return "selection/pool";
	}

	@GetMapping("/classes")
	String classes(@RequestParam(required = false) Integer page, Model model) {
		PageResult<?> classes = PageResult.of(reserveTraining.classes(), PageRequest.of(page, null));
		model.addAttribute("classes", classes.items());
		model.addAttribute("pager", ListPage.of(classes, p -> "/reserve/classes?page=" + p));
		model.addAttribute("committees", committees());
		model.addAttribute("kinds", ClassKind.values());
		model.addAttribute("today", reserveRounds.today());
		return "selection/classes";
	}

	@PostMapping("/classes")
	String createClass(@RequestParam(required = false) Long organizationId, @RequestParam(required = false) ClassKind kind,
			@RequestParam(required = false) String name,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startsOn,
			RedirectAttributes redirect, Locale locale) {
		return attempt(redirect, locale, "/reserve/classes", () -> "/reserve/classes/"
				+ reserveTraining.createClass(organizationId == null ? 0 : organizationId, kind, name, startsOn).id());
	}

	@GetMapping("/classes/{id}")
	String trainingClass(@PathVariable long id, Model model) {
		TrainingClass k = reserveTraining.trainingClass(id);
		model.addAttribute("k", k);
		List<Session> sessions = reserveTraining.sessions(id);
		model.addAttribute("sessions", sessions);
		Map<String, Boolean> present = new LinkedHashMap<>();
		reserveTraining.attendance(id).forEach(a -> present.put(a.sessionId() + ":" + a.candidateId(), a.present()));
		model.addAttribute("present", present);
		List<CandidateRow> pool = reserveRounds.pool().stream()
			.filter(r -> r.candidate().villageCode().startsWith(k.divisionCode())).toList();
		model.addAttribute("pool", pool);
		model.addAttribute("today", reserveRounds.today());
		return "selection/class";
	}

	@PostMapping("/classes/{id}/sessions")
	String addSession(@PathVariable long id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate heldOn,
			@RequestParam(required = false) String topic, RedirectAttributes redirect, Locale locale) {
		return attempt(redirect, locale, "/reserve/classes/" + id, () -> {
			reserveTraining.addSession(id, heldOn, topic);
			return "/reserve/classes/" + id;
		});
	}

	@PostMapping("/classes/{id}/sessions/{sessionId}/attendance")
	String attendance(@PathVariable long id, @PathVariable long sessionId,
			@RequestParam(required = false) List<Long> candidateIds, @RequestParam(required = false) List<Long> present,
			RedirectAttributes redirect, Locale locale) {
		Map<Long, Boolean> marks = new LinkedHashMap<>();
		if (candidateIds != null) {
			candidateIds.forEach(c -> marks.put(c, present != null && present.contains(c)));
		}
		return attempt(redirect, locale, "/reserve/classes/" + id, () -> {
			reserveTraining.recordAttendance(sessionId, marks);
			return "/reserve/classes/" + id;
		});
	}

	@GetMapping("/plans")
	String plans(@RequestParam(required = false) Integer page, Model model) {
		PageResult<?> plans = PageResult.of(reserveTraining.plans(), PageRequest.of(page, null));
		model.addAttribute("plans", plans.items());
		model.addAttribute("pager", ListPage.of(plans, p -> "/reserve/plans?page=" + p));
		model.addAttribute("committees", committees());
		model.addAttribute("thisMonth", YearMonth.from(reserveRounds.today()).atDay(1));
		return "selection/plans";
	}

	@PostMapping("/plans")
	String createPlan(@RequestParam(required = false) Long organizationId,
			@RequestParam(required = false) String month, RedirectAttributes redirect, Locale locale) {
		return attempt(redirect, locale, "/reserve/plans", () -> "/reserve/plans/" + reserveTraining.createPlan(
				organizationId == null ? 0 : organizationId, month == null || month.isBlank() ? null
						: YearMonth.parse(month).atDay(1)).id());
	}

	@GetMapping("/plans/{id}")
	String plan(@PathVariable long id, Model model) {
		var plan = reserveTraining.plan(id);
		model.addAttribute("plan", plan);
		var placements = reserveTraining.placements(id);
		model.addAttribute("placements", placements);
		List<CandidateRow> pool = reserveRounds.pool().stream()
			.filter(r -> r.candidate().villageCode().startsWith(plan.divisionCode())).toList();
		model.addAttribute("pool", pool);
		model.addAttribute("names", pool.stream().collect(Collectors.toMap(r -> r.candidate().id(), CandidateRow::name)));
		return "selection/plan";
	}

	@PostMapping("/plans/{id}/placements")
	String place(@PathVariable long id, @RequestParam(required = false) Long candidateId,
			@RequestParam(required = false) String department, RedirectAttributes redirect, Locale locale) {
		return attempt(redirect, locale, "/reserve/plans/" + id, () -> {
			reserveTraining.place(id, candidateId == null ? 0 : candidateId, department);
			return "/reserve/plans/" + id;
		});
	}

	@PostMapping("/plans/{id}/placements/{placementId}")
	String record(@PathVariable long id, @PathVariable long placementId, @RequestParam(required = false) String record,
			RedirectAttributes redirect, Locale locale) {
		return attempt(redirect, locale, "/reserve/plans/" + id, () -> {
			reserveTraining.recordPlacement(placementId, record);
			return "/reserve/plans/" + id;
		});
	}

	/** Township committees and the county committee the caller may act for, by name. */
	private List<OrganizationView> committees() {
		List<OrganizationView> list = new ArrayList<>();
		for (OrganizationView root : organizations.roots()) {
			collect(root, list, 0);
		}
		list.sort(Comparator.comparing(OrganizationView::depth).thenComparing(OrganizationView::name));
		return list;
	}

	private void collect(OrganizationView o, List<OrganizationView> into, int depth) {
		if (o.kind() == OrganizationKind.COUNTY_COMMITTEE || o.kind() == OrganizationKind.TOWNSHIP_COMMITTEE) {
			into.add(o);
		}
		if (depth < 1 && o.kind() == OrganizationKind.COUNTY_COMMITTEE) {
			organizations.children(o.id()).forEach(child -> collect(child, into, depth + 1));
		}
	}

	private Map<Long, String> names(List<Long> ids) {
		return organizations.findAll(ids).values().stream()
			.collect(Collectors.toMap(OrganizationView::id, OrganizationView::name, (a, b) -> a));
	}

	/** Runs a change and redirects to where it leads, or back to {@code back} with the reason. */
	private String attempt(RedirectAttributes redirect, Locale locale, String back, Supplier<String> change) {
		try {
			return "redirect:" + change.get();
		}
		catch (DomainException ex) {
			redirect.addFlashAttribute("error", PageMessages.text(messages, ex, locale));
			return "redirect:" + back;
		}
	}
}

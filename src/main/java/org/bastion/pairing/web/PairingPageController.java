package org.bastion.pairing.web;

import java.time.Clock;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.bastion.common.DomainException;
import org.bastion.common.PageRequest;
import org.bastion.common.PageResult;
import org.bastion.common.audit.AuditEvent;
import org.bastion.common.excel.XlsxColumn;
import org.bastion.common.excel.XlsxExportWriter;
import org.bastion.common.web.ListPage;
import org.bastion.geography.Divisions;
import org.bastion.pairing.LinkType;
import org.bastion.pairing.PairingKind;
import org.bastion.pairing.PairingStatus;
import org.bastion.pairing.PairingView;
import org.bastion.pairing.internal.PairingFigures;
import org.bastion.pairing.internal.PairingManagement;
import org.bastion.pairing.internal.RunStore;
import org.bastion.pairing.internal.SolverRuns;
import org.springframework.context.ApplicationEventPublisher;
import org.bastion.platform.LongWork;
import org.bastion.platform.WorkResult;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The pairing pages: an overview with the figures, per kind a list with a count by township, who
 * is unpaired, solver runs with their explained proposals (lock, exclude, confirm), one pairing
 * with its history, visits, end and exit from poverty, and the Excel export.
 */
@Controller
class PairingPageController {

	private static final int RUN_PAGE = 100;

	private final PairingManagement pairings;
	private final SolverRuns runs;
	private final PairingFigures figures;
	private final Divisions divisions;
	private final MessageSource messages;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final LongWork work;

	private final org.bastion.pairing.HouseholdWorks works;
	private final org.bastion.people.Households households;

	PairingPageController(PairingManagement pairings, SolverRuns runs, PairingFigures figures, Divisions divisions,
			MessageSource messages, ApplicationEventPublisher events, Clock clock, LongWork work,
			org.bastion.pairing.HouseholdWorks works, org.bastion.people.Households households) {
		this.works = works;
		this.households = households;
		this.clock = clock;
		this.work = work;
		this.pairings = pairings;
		this.runs = runs;
		this.figures = figures;
		this.divisions = divisions;
		this.messages = messages;
		this.events = events;
	}

	@GetMapping("/pairings")
	String index(@RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to, Model model) {
		LocalDate end = to == null ? LocalDate.now(clock) : to;
		LocalDate start = from == null ? end.withDayOfYear(1) : from;
		model.addAttribute("kinds", PairingKind.values());
		Map<String, Long> counts = new java.util.HashMap<>();
		pairings.liveByKind().forEach((k, n) -> counts.put(k.name(), n));
		model.addAttribute("counts", counts);
		model.addAttribute("figures", figures.compute(start, end));
		model.addAttribute("from", start);
		model.addAttribute("to", end);
		return "pairing/index";
	}

	@GetMapping("/pairings/{kind}")
	String list(@PathVariable String kind, @RequestParam(required = false) PairingStatus status,
			@RequestParam(required = false) String name, @RequestParam(required = false) String division,
			@RequestParam(required = false) Integer page, @RequestHeader(name = "HX-Request", required = false) String htmx,
			Model model) {
		PairingKind k = PairingKind.ofSlug(kind);
		PageResult<PairingView> result = pairings.search(k, status, name, division, PageRequest.of(page, null));
		model.addAttribute("kind", k);
		model.addAttribute("statuses", PairingStatus.values());
		model.addAttribute("linkTypes", LinkType.values());
		model.addAttribute("status", status);
		model.addAttribute("name", name);
		model.addAttribute("division", division);
		model.addAttribute("result", result);
		Map<String, Long> byTownship = pairings.liveByTownship(k);
		model.addAttribute("byTownship", byTownship);
		model.addAttribute("townships", divisions.findAll(byTownship.keySet().stream().toList()));
		model.addAttribute("exportUrl", url("/pairings/" + k.slug() + "/export.xlsx", status, name, division, null));
		model.addAttribute("pager", ListPage.of(result, p -> url("/pairings/" + k.slug(), status, name, division, p)));
		return htmx != null ? "pairing/list :: results" : "pairing/list";
	}

	@PostMapping("/pairings/{kind}")
	String create(@PathVariable String kind, @RequestParam(required = false) Long leftId,
			@RequestParam(required = false) Long rightId, @RequestParam(required = false) LinkType linkType,
			RedirectAttributes redirect) {
		PairingKind k = PairingKind.ofSlug(kind);
		try {
			if (leftId == null || rightId == null) {
				throw DomainException.conflict(leftId == null ? "pairing.left.required" : "pairing.right.required");
			}
			PairingView created = pairings.create(k, leftId, rightId, linkType, null, false);
			flash(redirect, "pairing.created", created.leftName(), created.rightName());
		}
		catch (DomainException ex) {
			refusal(redirect, ex);
		}
		return "redirect:/pairings/" + k.slug();
	}

	@GetMapping("/pairings/{kind}/export.xlsx")
	void export(@PathVariable String kind, @RequestParam(required = false) PairingStatus status,
			@RequestParam(required = false) String name, @RequestParam(required = false) String division,
			HttpServletResponse response) throws IOException {
		PairingKind k = PairingKind.ofSlug(kind);
		List<PairingView> rows = pairings.all(k, status, name, division);
		String title = text("pairing.kind." + k.name());
		response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(title + ".xlsx", StandardCharsets.UTF_8).build().toString());
		try (XlsxExportWriter writer = XlsxExportWriter.open(response.getOutputStream(), title, List.of(
				XlsxColumn.text(text("pairing.left." + k.name())), XlsxColumn.text(text("pairing.right." + k.name())),
				XlsxColumn.text(text("pairing.division")), XlsxColumn.text(text("pairing.linkType")),
				XlsxColumn.date(text("pairing.startsOn")), XlsxColumn.date(text("pairing.endsOn")),
				XlsxColumn.text(text("pairing.status")), XlsxColumn.text(text("pairing.endReason")),
				XlsxColumn.text(text("pairing.explanation"))))) {
			writer.rows(rows.stream(), p -> java.util.Arrays.asList(p.leftName(), p.rightName(), p.rightDivision(),
					p.linkType() == null ? null : text("pairing.linkType." + p.linkType()), p.startsOn(), p.endsOn(),
					text("pairing.status." + p.status()), p.endReason(), p.explanation()));
		}
		events.publishEvent(AuditEvent.exported("pairing", k + " " + (division == null ? "" : division) + ": " + rows.size() + " rows"));
	}

	@GetMapping("/pairings/{kind}/unpaired")
	String unpaired(@PathVariable String kind, @RequestParam(required = false) String division, Model model) {
		PairingKind k = PairingKind.ofSlug(kind);
		model.addAttribute("kind", k);
		model.addAttribute("division", division);
		model.addAttribute("sides", division == null || division.isBlank() ? null : runs.unpaired(k, division.strip()));
		return "pairing/unpaired";
	}

	@GetMapping("/pairings/{kind}/runs")
	String runs(@PathVariable String kind, @RequestParam(required = false) Integer page, Model model) {
		PairingKind k = PairingKind.ofSlug(kind);
		model.addAttribute("kind", k);
		PageResult<RunStore.Run> recent = PageResult.of(runs.recent(k), PageRequest.of(page, null));
		model.addAttribute("runs", recent.items());
		model.addAttribute("pager", ListPage.of(recent, p -> "/pairings/" + k.slug() + "/runs?page=" + p));
		return "pairing/runs";
	}

	@PostMapping("/pairings/{kind}/runs")
	String run(@PathVariable String kind, @RequestParam(required = false) String division, RedirectAttributes redirect) {
		PairingKind k = PairingKind.ofSlug(kind);
		String d;
		try {
			d = runs.startable(division);
		}
		catch (DomainException ex) {
			refusal(redirect, ex);
			return "redirect:/pairings/" + k.slug() + "/runs";
		}
		// the run proceeds as long work (a second start of the same kind and division is refused, 409)
		String title = text("pairing.run.work", text("pairing.kind." + k), d);
		java.util.Locale locale = LocaleContextHolder.getLocale();
		long id = work.start(SolverRuns.WORK_KIND, k + ":" + d, title, progress -> {
			RunStore.Run r = runs.run(k, d, progress);
			String summary = r.status() == RunStore.RunStatus.DONE
					? messages.getMessage("pairing.run.work.done", new Object[] { r.paired(), r.shortage() }, locale)
					: messages.getMessage("pairing.run.work.failed", new Object[] { r.message() }, locale);
			return WorkResult.of("/pairings/run/" + r.id(), summary);
		});
		return "redirect:" + LongWork.progressPage(id);
	}

	@GetMapping("/pairings/run/{id}")
	String showRun(@PathVariable long id, @RequestParam(defaultValue = "0") int page, Model model) {
		RunStore.Run run = runs.get(id);
		// one run's proposals, a township's at most: all read to count the pages of the numbered pager
		PageResult<RunStore.Proposal> proposals = PageResult.of(runs.proposals(id, 0, Integer.MAX_VALUE),
				new PageRequest(page, RUN_PAGE));
		model.addAttribute("run", run);
		model.addAttribute("kind", run.kind());
		model.addAttribute("proposals", proposals.items());
		model.addAttribute("pager", ListPage.of(proposals, p -> "/pairings/run/" + id + "?page=" + p));
		model.addAttribute("constraints", runs.constraints(run.kind(), run.divisionCode()));
		return "pairing/run";
	}

	@PostMapping("/pairings/run/{id}/confirm")
	String confirmAll(@PathVariable long id, RedirectAttributes redirect) {
		return act(redirect, "/pairings/run/" + id, () -> flash(redirect, "pairing.run.confirmedAll", String.valueOf(runs.confirmAll(id))));
	}

	@PostMapping("/pairings/run/{id}/proposals/{proposalId}/confirm")
	String confirmOne(@PathVariable long id, @PathVariable long proposalId, RedirectAttributes redirect) {
		return act(redirect, "/pairings/run/" + id, () -> {
			runs.confirmOne(id, proposalId);
			flash(redirect, "pairing.confirmed");
		});
	}

	@PostMapping("/pairings/run/{id}/proposals/{proposalId}/lock")
	String lock(@PathVariable long id, @PathVariable long proposalId, RedirectAttributes redirect) {
		return act(redirect, "/pairings/run/" + id, () -> {
			runs.lock(id, proposalId);
			flash(redirect, "pairing.run.locked");
		});
	}

	@PostMapping("/pairings/run/{id}/exclude")
	String exclude(@PathVariable long id, @RequestParam boolean leftSide, @RequestParam long sideId, RedirectAttributes redirect) {
		return act(redirect, "/pairings/run/" + id, () -> {
			runs.exclude(id, leftSide, sideId);
			flash(redirect, "pairing.run.excluded");
		});
	}

	@PostMapping("/pairings/run/{id}/constraints/{constraintId}/remove")
	String removeConstraint(@PathVariable long id, @PathVariable long constraintId, RedirectAttributes redirect) {
		return act(redirect, "/pairings/run/" + id, () -> runs.removeConstraint(id, constraintId));
	}

	@GetMapping("/pairings/pair/{id}")
	String pair(@PathVariable long id, Model model) {
		PairingView p = pairings.get(id);
		model.addAttribute("pairing", p);
		model.addAttribute("kind", p.kind());
		model.addAttribute("history", pairings.history(id));
		model.addAttribute("visits", pairings.visits(id));
		model.addAttribute("householdWork", works.of(id));
		model.addAttribute("workWays", org.bastion.pairing.WorkWay.values());
		model.addAttribute("workHouseholds", p.kind() == PairingKind.N_PLUS_ONE ? households.find(p.rightId()).stream().toList()
				: p.rightDivision() == null ? List.of() : households.inDivision(p.rightDivision()));
		model.addAttribute("today", LocalDate.now(clock));
		return "pairing/pair";
	}

	/** A household the pairing brought into work (带动就业/创业). */
	@PostMapping("/pairings/pair/{id}/household-work")
	String householdWork(@PathVariable long id, @RequestParam(required = false) Long householdId,
			@RequestParam(required = false) org.bastion.pairing.WorkWay way, @RequestParam(required = false) LocalDate startedOn,
			@RequestParam(required = false) String note, RedirectAttributes redirect) {
		return act(redirect, "/pairings/pair/" + id, () -> {
			works.record(id, householdId == null ? 0 : householdId, way, startedOn, note);
			flash(redirect, "pairing.work.recorded");
		});
	}

	@PostMapping("/pairings/pair/{id}/end")
	String end(@PathVariable long id, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
		return act(redirect, "/pairings/pair/" + id, () -> {
			pairings.end(id, reason, null);
			flash(redirect, "pairing.ended");
		});
	}

	@PostMapping("/pairings/pair/{id}/confirm")
	String confirm(@PathVariable long id, RedirectAttributes redirect) {
		return act(redirect, "/pairings/pair/" + id, () -> {
			pairings.confirm(id);
			flash(redirect, "pairing.confirmed");
		});
	}

	@PostMapping("/pairings/pair/{id}/visits")
	String visit(@PathVariable long id, @RequestParam(required = false) String type,
			@RequestParam(required = false) LocalDate visitedOn, @RequestParam(required = false) String visitor,
			@RequestParam(required = false) String content, RedirectAttributes redirect) {
		return act(redirect, "/pairings/pair/" + id, () -> {
			pairings.visit(id, type, visitedOn, visitor, content);
			flash(redirect, "pairing.visit.recorded");
		});
	}

	@PostMapping("/pairings/pair/{id}/exit")
	String exit(@PathVariable long id, @RequestParam int year, RedirectAttributes redirect) {
		return act(redirect, "/pairings/pair/" + id, () -> {
			pairings.recordLeftPoverty(id, year);
			flash(redirect, "pairing.exit.recorded");
		});
	}

	private String act(RedirectAttributes redirect, String target, Runnable action) {
		try {
			action.run();
		}
		catch (DomainException ex) {
			refusal(redirect, ex);
		}
		return "redirect:" + target;
	}

	private void refusal(RedirectAttributes redirect, DomainException ex) {
		String text = text(ex.messageKey(), ex.args());
		if (!ex.faults().isEmpty()) {
			text = text + "：" + String.join("；", ex.faults().stream().map(f -> text(f.messageKey(), f.args())).toList());
		}
		redirect.addFlashAttribute("refusal", text);
	}

	private static void flash(RedirectAttributes redirect, String key, String... args) {
		redirect.addFlashAttribute("flashKey", key);
		redirect.addFlashAttribute("flashArgs", args);
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
	}

	static String url(String path, PairingStatus status, String name, String division, Integer page) {
		UriComponentsBuilder url = UriComponentsBuilder.fromPath(path);
		if (status != null) {
			url.queryParam("status", status.name());
		}
		if (name != null && !name.isBlank()) {
			url.queryParam("name", name.strip());
		}
		if (division != null && !division.isBlank()) {
			url.queryParam("division", division.strip());
		}
		if (page != null) {
			url.queryParam("page", page);
		}
		return url.encode().build().toUriString();
	}
}

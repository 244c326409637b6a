package org.bastion.pairing.web;

import org.bastion.pairing.VillageNeed;
import java.time.Clock;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.bastion.common.DomainException;
import org.bastion.common.PageRequest;
import org.bastion.common.PageResult;
import org.bastion.pairing.LinkType;
import org.bastion.pairing.PairingKind;
import org.bastion.pairing.PairingStatus;
import org.bastion.pairing.PairingView;
import org.bastion.pairing.internal.PairingFigures;
import org.bastion.pairing.internal.PairingManagement;
import org.bastion.pairing.internal.PairingStore;
import org.bastion.pairing.internal.RunStore;
import org.bastion.pairing.internal.SolverRuns;
import org.bastion.platform.LongWork;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * Pairings (结对) as JSON: list, create (refused with a message naming the broken rule), confirm,
 * end with a reason, visits, a household's exit from poverty, solver runs with their explained
 * proposals, locks, exclusions and confirmation, and the pairing figures. Everything within the
 * caller's data scope: reads outside it are 404, changes 403.
 */
@RestController
@RequestMapping("/api/v1/pairings")
@Tag(name = "pairings", description = "结对 pairings of every kind and the matching solver")
class PairingApiController {

	record CreateRequest(@NotNull(message = "{pairing.kind.required}") PairingKind kind,
			@NotNull(message = "{pairing.left.required}") Long leftId, @NotNull(message = "{pairing.right.required}") Long rightId,
			LinkType linkType, LocalDate startsOn, Boolean proposeOnly) {
	}

	record EndRequest(@NotBlank(message = "{pairing.reason.required}") @Size(max = 200) String reason, LocalDate endsOn) {
	}

	record VisitRequest(String type, @NotNull(message = "{pairing.visit.date.invalid}") LocalDate visitedOn,
			@NotBlank(message = "{pairing.visit.visitor.required}") @Size(max = 100) String visitor,
			@NotBlank(message = "{pairing.visit.content.required}") @Size(max = 1000) String content) {
	}

	record ExitRequest(@NotNull Integer year) {
	}

	record RunRequest(@NotNull(message = "{pairing.kind.required}") PairingKind kind,
			@NotBlank(message = "{pairing.run.division.invalid}") String divisionCode) {
	}

	record ExclusionRequest(@NotNull Boolean leftSide, @NotNull Long sideId) {
	}

	record VillageNeedRequest(VillageNeed need) {
	}

	/** A run with its proposals (first page) and a message saying what is short, if anything. */
	record RunJson(RunStore.Run run, List<ProposalJson> proposals) {
	}

	/** A proposed pair with its explanation. */
	record ProposalJson(long id, long leftId, String leftName, long rightId, String rightName, boolean locked, boolean kept,
			int quota, int rank, int principle, int distance, long workload, int keepBonus, int helper, int helpers, long sharing, long cost, Long pairingId,
			String explanation) {
		static ProposalJson of(RunStore.Proposal p) {
			return new ProposalJson(p.id(), p.leftId(), p.leftName(), p.rightId(), p.rightName(), p.locked(), p.kept(), p.quota(),
					p.rank(), p.principle(), p.distance(), p.workload(), p.keepBonus(), p.helper(), p.helpers(), p.sharing(), p.cost(), p.pairingId(),
					SolverRunsText.explain(p));
		}
	}

	private final PairingManagement pairings;
	private final SolverRuns runs;
	private final LongWork work;
	private final PairingFigures figures;
	private final Clock clock;

	PairingApiController(PairingManagement pairings, SolverRuns runs, PairingFigures figures, Clock clock, LongWork work) {
		this.work = work;
		this.clock = clock;
		this.pairings = pairings;
		this.runs = runs;
		this.figures = figures;
	}

	@GetMapping
	@Operation(summary = "Pairings in scope, filtered by kind, status, a name on either side, the right side's division")
	PageResult<PairingView> list(@RequestParam(required = false) PairingKind kind,
			@RequestParam(required = false) PairingStatus status, @RequestParam(required = false) String name,
			@RequestParam(required = false) String division, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return pairings.search(kind, status, name, division, PageRequest.of(page, size));
	}

	@GetMapping("/{id}")
	PairingView get(@PathVariable long id) {
		return pairings.get(id);
	}

	@GetMapping("/{id}/history")
	List<PairingStore.HistoryEntry> history(@PathVariable long id) {
		return pairings.history(id);
	}

	@PostMapping
	@Operation(summary = "Pairs two sides by hand; refused (409) naming the hard rule it would break")
	ResponseEntity<PairingView> create(@Valid @RequestBody CreateRequest request) {
		PairingView created = pairings.create(request.kind(), request.leftId(), request.rightId(), request.linkType(),
				request.startsOn(), Boolean.TRUE.equals(request.proposeOnly()));
		return ResponseEntity.created(URI.create("/api/v1/pairings/" + created.id())).body(created);
	}

	@PostMapping("/{id}/confirm")
	PairingView confirm(@PathVariable long id) {
		return pairings.confirm(id);
	}

	@PostMapping("/{id}/end")
	PairingView end(@PathVariable long id, @Valid @RequestBody EndRequest request) {
		return pairings.end(id, request.reason(), request.endsOn());
	}

	@GetMapping("/{id}/visits")
	List<PairingStore.Visit> visits(@PathVariable long id) {
		return pairings.visits(id);
	}

	@PostMapping("/{id}/visits")
	ResponseEntity<PairingStore.Visit> recordVisit(@PathVariable long id, @Valid @RequestBody VisitRequest v) {
		PairingStore.Visit visit = pairings.visit(id, v.type(), v.visitedOn(), v.visitor(), v.content());
		return ResponseEntity.status(201).body(visit);
	}

	@PostMapping("/{id}/left-poverty")
	@Operation(summary = "The pair's cadre records that the household left poverty in the year (N+1 only)")
	PairingView leftPoverty(@PathVariable long id, @Valid @RequestBody ExitRequest request) {
		pairings.recordLeftPoverty(id, request.year());
		return pairings.get(id);
	}

	@GetMapping("/figures")
	@Operation(summary = "The pairing figures of the work report, in scope, for a period (default: this year)")
	Map<String, Number> figures(@RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to) {
		LocalDate end = to == null ? LocalDate.now(clock) : to;
		return figures.compute(from == null ? end.withDayOfYear(1) : from, end);
	}

	@PutMapping("/village-needs/{villageCode}")
	ResponseEntity<Void> villageNeed(@PathVariable String villageCode, @RequestBody VillageNeedRequest request) {
		pairings.setVillageNeed(villageCode, request.need());
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/runs")
	@Operation(summary = "Runs the solver for a kind within a division; the run says what is short, if anything")
	ResponseEntity<RunJson> run(@Valid @RequestBody RunRequest request) {
		// synchronous for API clients, but never beside the same run started from a page as long work
		String workKey = request.kind() + ":" + runs.startable(request.divisionCode());
		if (work.running(SolverRuns.WORK_KIND, workKey)) {
			throw DomainException.conflict("platform.work.running", workKey);
		}
		RunStore.Run run = runs.run(request.kind(), request.divisionCode());
		return ResponseEntity.created(URI.create("/api/v1/pairings/runs/" + run.id())).body(json(run, 0, 50));
	}

	@GetMapping("/runs/{id}")
	RunJson getRun(@PathVariable long id, @RequestParam(defaultValue = "0") int offset,
			@RequestParam(defaultValue = "50") int limit) {
		return json(runs.get(id), Math.max(0, offset), Math.min(Math.max(1, limit), 500));
	}

	private RunJson json(RunStore.Run run, int offset, int limit) {
		return new RunJson(run, runs.proposals(run.id(), offset, limit).stream().map(ProposalJson::of).toList());
	}

	@PostMapping("/runs/{id}/confirm")
	Map<String, Integer> confirmAll(@PathVariable long id) {
		return Map.of("confirmed", runs.confirmAll(id));
	}

	@PostMapping("/runs/{id}/proposals/{proposalId}/confirm")
	PairingView confirmOne(@PathVariable long id, @PathVariable long proposalId) {
		return runs.confirmOne(id, proposalId);
	}

	@PostMapping("/runs/{id}/proposals/{proposalId}/lock")
	ResponseEntity<Void> lock(@PathVariable long id, @PathVariable long proposalId) {
		runs.lock(id, proposalId);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/runs/{id}/exclusions")
	ResponseEntity<Void> exclude(@PathVariable long id, @Valid @RequestBody ExclusionRequest request) {
		runs.exclude(id, request.leftSide(), request.sideId());
		return ResponseEntity.noContent().build();
	}
}

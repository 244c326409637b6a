package org.bastion.pairing.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.bastion.common.DomainException;
import org.bastion.common.audit.AuditAction;
import org.bastion.common.audit.AuditEvent;
import org.bastion.common.scope.DataScopes;
import org.bastion.common.scope.FoundOrForbidden;
import org.bastion.pairing.PairingKind;
import org.bastion.pairing.PairingStatus;
import org.bastion.pairing.PairingView;
import org.bastion.pairing.internal.Matching.Assignment;
import org.bastion.pairing.internal.MatchingProblem.Left;
import org.bastion.pairing.internal.MatchingProblem.Pair;
import org.bastion.pairing.internal.MatchingProblem.Right;
import org.bastion.pairing.internal.RunStore.ConstraintType;
import org.bastion.pairing.internal.RunStore.Proposal;
import org.bastion.pairing.internal.RunStore.Run;
import org.bastion.pairing.internal.RunStore.RunStatus;
import org.bastion.platform.ActingUsers;
import org.bastion.platform.Progress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Solver runs: for a kind within a division, read the candidates, apply staff's locks and
 * exclusions, keep existing pairs where it costs little, solve, and store the proposal with each
 * pair's explanation; then confirm it as a whole or pair by pair into active pairings. A run is
 * stored as running first, so a crash leaves a trace that start-up marks failed.
 */
@Service
@PreAuthorize(PairingManagement.READ)
public class SolverRuns implements org.bastion.pairing.PairingRuns {

	private static final Logger log = LoggerFactory.getLogger(SolverRuns.class);
	/** Runs started from the pages are long work of this kind, one at a time per pairing kind and division. */
	public static final String WORK_KIND = "pairing.run";

	private final RunStore runs;
	private final PairingStore store;
	private final PairingCandidates candidates;
	private final PairingRules rules;
	private final PairingManagement pairings;
	private final SideResolver sides;
	private final DataScopes scopes;
	private final TransactionTemplate transactions;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final ActingUsers actingUsers;
	private final MatchingSolver solver = new MatchingSolver();

	SolverRuns(RunStore runs, PairingStore store, PairingCandidates candidates, PairingRules rules, PairingManagement pairings,
			SideResolver sides, DataScopes scopes, TransactionTemplate transactions, ApplicationEventPublisher events, Clock clock,
			ActingUsers actingUsers) {
		this.clock = clock;
		this.actingUsers = actingUsers;
		this.runs = runs;
		this.store = store;
		this.candidates = candidates;
		this.rules = rules;
		this.pairings = pairings;
		this.sides = sides;
		this.scopes = scopes;
		this.transactions = transactions;
		this.events = events;
	}

	@Override
	@PreAuthorize(PairingManagement.WRITE)
	public RunSummary solve(PairingKind kind, String divisionCode) {
		Run r = run(kind, divisionCode);
		return new RunSummary(r.id(), r.kind(), r.divisionCode(), r.status().name(), r.paired() == null ? 0 : r.paired(),
				r.shortage() == null ? 0 : r.shortage(), r.message());
	}

	@Override
	@PreAuthorize(PairingManagement.WRITE)
	public void setVillageNeed(String villageCode, org.bastion.pairing.VillageNeed need) {
		pairings.setVillageNeed(villageCode, need);
	}

	/** Runs the solver for the kind within the division and stores its proposal. */
	@PreAuthorize(PairingManagement.WRITE)
	public Run run(PairingKind kind, String divisionCode) {
		return run(kind, divisionCode, Progress.none());
	}

	/**
	 * The division a run may start in, its code trimmed: refused when the code is no division's
	 * (invalid) or the division is outside the caller's scope (forbidden). Checked before a run is
	 * started as long work, so that the refusal comes at once.
	 */
	@PreAuthorize(PairingManagement.WRITE)
	public String startable(String divisionCode) {
		String division = divisionCode == null ? "" : divisionCode.strip();
		if (!division.matches("\\d{6}|\\d{9}|\\d{12}")) {
			throw DomainException.invalidField("divisionCode", "pairing.run.division.invalid");
		}
		refuseOutsideScope(division);
		return division;
	}

	/** As {@link #run(PairingKind, String)}, telling {@code progress} its phases and the pairs proposed. */
	@PreAuthorize(PairingManagement.WRITE)
	public Run run(PairingKind kind, String divisionCode, Progress progress) {
		String division = startable(divisionCode);
		long runId = runs.start(kind, division, actingUsers.accountOrSystem());
		try {
			long started = System.nanoTime();
			Solved solved = build(kind, division, progress);
			long millis = (System.nanoTime() - started) / 1_000_000;
			progress.phase("pairing.run.phase.save");
			progress.done(solved.proposals().size());
			Matching m = solved.matching();
			String message = m.shortage() > 0
					? "缺少 " + m.shortage() + " 个结对名额：待结对 " + solved.problem().demand() + " 个，可用名额 "
							+ solved.problem().supply() + " 个"
					: null;
			transactions.executeWithoutResult(tx -> {
				runs.insertProposals(runId, solved.proposals());
				runs.finish(runId, solved.problem().lefts().size(), solved.problem().rights().size(), m.assignments().size(),
						m.shortage(), m.spare(), m.objective(), millis, message);
				events.publishEvent(AuditEvent.of(AuditAction.CREATE, "pairing_run", runId)
					.withDetail(kind + " " + division + ": " + m.assignments().size() + " pairs"));
			});
		}
		catch (RuntimeException ex) {
			log.warn("Pairing solver run {} failed", runId, ex);
			runs.fail(runId, ex.getMessage());
		}
		return runs.find(runId).orElseThrow();
	}

	record Solved(MatchingProblem problem, Matching matching, List<Proposal> proposals) {
	}

	private Solved build(PairingKind kind, String division, Progress progress) {
		progress.phase("pairing.run.phase.read");
		PairingCandidates.Candidates found = candidates.of(kind, division);
		Map<Long, SideInfo> lefts = new HashMap<>(found.lefts());
		Map<Long, SideInfo> rights = new HashMap<>(found.rights());
		Set<Pair> locked = new HashSet<>();
		for (RunStore.Constraint c : runs.constraints(kind, division)) {
			switch (c.type()) {
				case EXCLUDE_LEFT -> lefts.remove(c.leftId());
				case EXCLUDE_RIGHT -> rights.remove(c.rightId());
				case LOCK -> locked.add(new Pair(c.leftId(), c.rightId()));
			}
		}
		locked.removeIf(p -> !lefts.containsKey(p.left()) || !rights.containsKey(p.right()));
		Set<Pair> existing = new HashSet<>();
		Map<Long, Integer> inProblem = new HashMap<>();
		for (PairingView p : store.liveInDivision(kind, division)) {
			if (rights.containsKey(p.rightId())) {
				inProblem.merge(p.leftId(), 1, Integer::sum);
				if (lefts.containsKey(p.leftId())) {
					existing.add(new Pair(p.leftId(), p.rightId()));
				}
			}
		}
		Map<Long, Integer> live = store.liveCountsByLeft(kind);
		List<Left> leftSides = new ArrayList<>();
		Map<Long, Integer> quotas = new HashMap<>();
		found.lefts().keySet().stream().filter(lefts::containsKey).forEach(id -> {
			SideInfo s = lefts.get(id);
			int quota = rules.quota(kind, s.rank());
			int held = live.getOrDefault(id, 0) - inProblem.getOrDefault(id, 0);
			quotas.put(id, quota);
			leftSides.add(new Left(id, Math.max(0, quota - held), held, s.divisionCode(), s.attribute()));
		});
		int helpers = rules.rightCapacity(kind);
		List<Right> rightSides = found.rights().keySet().stream().filter(rights::containsKey)
			.map(id -> new Right(id, rights.get(id).divisionCode(), rights.get(id).attribute(), helpers))
			.toList();
		MatchingProblem problem = new MatchingProblem(leftSides, rightSides, existing, locked, rules.costModel(kind));
		progress.phase("pairing.run.phase.solve");
		Matching matching = solver.solve(problem);
		List<Proposal> proposals = new ArrayList<>();
		for (Assignment a : matching.assignments()) {
			SideInfo l = lefts.get(a.left());
			SideInfo r = rights.get(a.right());
			proposals.add(new Proposal(0, 0, l.id(), r.id(), l.name(), r.name(), l.organizationId(), r.organizationId(),
					l.divisionCode(), r.divisionCode(), a.locked(), a.kept(), quotas.get(l.id()), a.rank(), a.principle(),
					a.distance(), a.workload(), a.keepBonus(), a.helper(), helpers, a.sharing(), null));
		}
		return new Solved(problem, matching, proposals);
	}

	/** The right sides of the kind in the division, in scope, without a live pairing: who is unpaired. */
	public List<SideInfo> unpaired(PairingKind kind, String divisionCode) {
		if (divisionCode == null || !divisionCode.matches("\\d{6}|\\d{9}|\\d{12}")) {
			throw DomainException.invalidField("divisionCode", "pairing.run.division.invalid");
		}
		FoundOrForbidden.found(java.util.Optional.of(divisionCode), scopes.current().coversDivision(divisionCode), "division",
				divisionCode);
		Set<Long> paired = new HashSet<>();
		store.liveInDivision(kind, divisionCode).forEach(p -> paired.add(p.rightId()));
		return candidates.unpaired(candidates.of(kind, divisionCode), paired);
	}

	public Run get(long id) {
		return FoundOrForbidden.found(runs.find(id).filter(run -> scopes.current().coversDivision(run.divisionCode())), "run", id);
	}

	public List<Run> recent(PairingKind kind) {
		return runs.recent(kind, 20).stream().filter(r -> scopes.current().coversDivision(r.divisionCode())).toList();
	}

	public List<Proposal> proposals(long runId, int offset, int limit) {
		get(runId);
		return runs.proposals(runId, offset, limit);
	}

	public List<RunStore.Constraint> constraints(PairingKind kind, String division) {
		return runs.constraints(kind, division);
	}

	/** Fixes a proposed pair for every later run of the kind in the division. */
	@PreAuthorize(PairingManagement.WRITE)
	public void lock(long runId, long proposalId) {
		Run run = writable(runId);
		Proposal p = FoundOrForbidden.found(runs.proposal(runId, proposalId), "proposal", proposalId);
		runs.addConstraint(run.kind(), run.divisionCode(), ConstraintType.LOCK, p.leftId(), p.rightId(), actingUsers.accountOrSystem());
	}

	/** Leaves a side out of every later run of the kind in the division. */
	@PreAuthorize(PairingManagement.WRITE)
	public void exclude(long runId, boolean leftSide, long sideId) {
		Run run = writable(runId);
		runs.addConstraint(run.kind(), run.divisionCode(), leftSide ? ConstraintType.EXCLUDE_LEFT : ConstraintType.EXCLUDE_RIGHT,
				leftSide ? sideId : null, leftSide ? null : sideId, actingUsers.accountOrSystem());
	}

	@PreAuthorize(PairingManagement.WRITE)
	public void removeConstraint(long runId, long constraintId) {
		Run run = writable(runId);
		runs.removeConstraint(run.kind(), run.divisionCode(), constraintId);
	}

	/**
	 * Confirms every pair of the proposal not yet confirmed; returns how many became active. A run is
	 * confirmed as a whole once: a second confirmation, at once or later (a double click), changes
	 * nothing and answers with the first one's number.
	 */
	@Override
	@PreAuthorize(PairingManagement.WRITE)
	public int confirmAll(long runId) {
		Run run = writable(runId);
		try {
			return transactions.execute(tx -> confirmAll(run));
		}
		catch (PessimisticLockingFailureException ex) {
			throw DomainException.conflict("pairing.run.confirming");
		}
	}

	private int confirmAll(Run run) {
		long runId = run.id();
		if (!runs.claimConfirmation(runId, actingUsers.accountOrSystem())) {
			return runs.confirmedCount(runId).orElseThrow(() -> DomainException.conflict("pairing.run.notDone"));
		}
		List<Proposal> all = runs.proposals(runId);
		List<Proposal> open = all.stream().filter(p -> p.pairingId() == null).toList();
		Map<Long, List<Proposal>> openByRight = new java.util.LinkedHashMap<>();
		open.forEach(p -> openByRight.computeIfAbsent(p.rightId(), x -> new ArrayList<>()).add(p));
		openByRight.forEach((right, proposed) -> makeRoom(run, right, proposed, all));
		int confirmed = 0;
		for (Proposal p : open) {
			confirmed += confirm(run, p, false) ? 1 : 0;
		}
		runs.recordConfirmed(runId, confirmed);
		events.publishEvent(AuditEvent.of(AuditAction.CREATE, "pairing_run", runId)
			.withDetail("confirmed " + confirmed + " pairs of run " + runId));
		return confirmed;
	}

	/**
	 * Confirms one proposed pair: the pair becomes active, and when its right side is at its capacity
	 * (one pairing for most kinds) the right side's oldest other pairing of the kind ends.
	 */
	@PreAuthorize(PairingManagement.WRITE)
	public PairingView confirmOne(long runId, long proposalId) {
		Run run = writable(runId);
		return transactions.execute(tx -> {
			if (!runs.holdUnconfirmed(runId)) {
				throw DomainException.conflict("pairing.error.alreadyConfirmed");
			}
			Proposal p = FoundOrForbidden.found(runs.proposal(runId, proposalId), "proposal", proposalId);
			if (p.pairingId() != null) {
				throw DomainException.conflict("pairing.error.alreadyConfirmed");
			}
			makeRoom(run, p.rightId(), List.of(p), runs.proposals(runId));
			confirm(run, p, true);
			return store.liveOfRight(run.kind(), p.rightId()).stream().filter(v -> v.leftId() == p.leftId()).findFirst().orElseThrow();
		});
	}

	/**
	 * Ends as many of the right side's live pairings as the proposed pairs need to stay within its
	 * capacity: only when it is at capacity, first those whose helper the run does not propose for it,
	 * oldest first («按结对方案 #n 调整»).
	 */
	private void makeRoom(Run run, long rightId, List<Proposal> proposed, List<Proposal> all) {
		List<PairingView> live = store.liveOfRight(run.kind(), rightId);
		Set<Long> liveLefts = new HashSet<>();
		live.forEach(v -> liveLefts.add(v.leftId()));
		long added = proposed.stream().filter(p -> !liveLefts.contains(p.leftId())).count();
		long over = live.size() + added - rules.rightCapacity(run.kind());
		if (over <= 0) {
			return;
		}
		Set<Long> proposedLefts = new HashSet<>();
		all.stream().filter(p -> p.rightId() == rightId).forEach(p -> proposedLefts.add(p.leftId()));
		Set<Long> confirming = new HashSet<>();
		proposed.forEach(p -> confirming.add(p.leftId()));
		List<PairingView> candidates = new ArrayList<>(live.stream().filter(v -> !confirming.contains(v.leftId())).toList());
		candidates.sort(java.util.Comparator.comparing((PairingView v) -> proposedLefts.contains(v.leftId())));
		for (int i = 0; i < over && i < candidates.size(); i++) {
			pairings.endUnchecked(candidates.get(i), reason(run.id()), LocalDate.now(clock));
		}
	}

	private boolean confirm(Run run, Proposal p, boolean auditEach) {
		var existing = store.liveOfRight(run.kind(), p.rightId()).stream().filter(v -> v.leftId() == p.leftId()).findFirst();
		if (existing.isPresent()) {
			PairingView same = existing.get();
			if (same.status() == PairingStatus.PROPOSED) {
				store.changeStatus(same.id(), PairingStatus.ACTIVE, null, null);
				store.history(same.id(), PairingStatus.ACTIVE, reason(run.id()), actingUsers.accountOrSystem());
			}
			runs.confirmed(p.id(), same.id());
			return false;
		}
		SideInfo left = FoundOrForbidden.found(sides.read(run.kind().left(), p.leftId()), "side", p.leftId());
		SideInfo right = FoundOrForbidden.found(sides.read(run.kind().right(), p.rightId()), "side", p.rightId());
		pairings.refuseBrokenRules(run.kind(), left, right);
		String explanation = explanation(p);
		long id = store.insert(run.kind(), left, right, null, LocalDate.now(clock), PairingStatus.ACTIVE, run.id(), explanation);
		store.history(id, PairingStatus.ACTIVE, "结对方案 #" + run.id(), actingUsers.accountOrSystem());
		runs.confirmed(p.id(), id);
		if (auditEach) {
			events.publishEvent(AuditEvent.created("pairing", id, Map.of("kind", run.kind().name(), "left", p.leftId(),
					"right", p.rightId(), "run", run.id())));
		}
		return true;
	}

	/** The pair's explanation in words: the rule that bounds it and the cost terms that put it there. */
	public static String explanation(Proposal p) {
		return "名额 " + p.rank() + "/" + p.quota() + "；原则不符 " + p.principle() + "；距离 " + p.distance() + "；工作量 "
				+ p.workload() + (p.helpers() > 1 ? "；帮扶方 " + p.helper() + "/" + p.helpers() + "，共同帮扶 " + p.sharing() : "") + (p.kept() ? "；保留原结对 −" + p.keepBonus() : "") + (p.locked() ? "；已锁定" : "") + "；合计 "
				+ p.cost();
	}

	private static String reason(long runId) {
		return "按结对方案 #" + runId + " 调整";
	}

	/** A run to change: 404 when there is none, 403 when its division lies outside the scope, 409 unless done. */
	private Run writable(long runId) {
		Run run = FoundOrForbidden.found(runs.find(runId), "run", runId);
		refuseOutsideScope(run.divisionCode());
		if (run.status() != RunStatus.DONE) {
			throw DomainException.conflict("pairing.run.notDone");
		}
		return run;
	}

	private void refuseOutsideScope(String division) {
		FoundOrForbidden.mayChange(scopes.current().coversDivision(division));
	}
}

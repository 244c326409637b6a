package org.bastion.pairing.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.bastion.pairing.internal.Matching.Assignment;
import org.bastion.pairing.internal.MatchingProblem.Left;
import org.bastion.pairing.internal.MatchingProblem.Pair;
import org.bastion.pairing.internal.MatchingProblem.Right;

import com.google.ortools.Loader;
import com.google.ortools.graph.MinCostFlow;
import com.google.ortools.graph.MinCostFlowBase;

/**
 * Solves any kind's pairing problem as a minimum-cost maximum flow (Google OR-Tools'
 * SimpleMinCostFlow): source → left (one arc per place of its quota, each dearer than the last:
 * the convex workload cost) → division hubs → right → sink (one arc per helper the right may take:
 * the first free, each further one dearer, see below).
 * Distances go through hubs rather than an arc per left–right couple: a left's township hub links
 * to the right sides of the same township for free, climbs to its county hub ({@code sameCounty})
 * and to the province hub ({@code otherCounty − sameCounty}); hubs are kept per left attribute so
 * that each right's arc carries the principle mismatch. The graph grows with the number of sides,
 * not their product. Existing pairs get a direct arc without the bonus added to every other pair,
 * so keeping them is cheaper. The most rights possible are paired, at the least cost among those.
 * <p>
 * Rights that take several helpers (a village helped by two organ branches) get an arc per
 * left–right couple instead of the hubs, capacity one, so one left never helps a right twice; their
 * further sink arcs carry the sharing term ({@code helperStep × (k − 1)}) plus a coverage priority
 * greater than the cost of all the flow's units together, so a right's second helper is only ever
 * bought when no right that could be covered is left uncovered.
 */
public final class MatchingSolver {

	private static volatile boolean loaded;

	public Matching solve(MatchingProblem problem) {
		load();
		long began = System.nanoTime();
		CostModel costs = problem.costs();
		Map<Long, Left> lefts = new HashMap<>();
		problem.lefts().forEach(l -> lefts.put(l.id(), l));
		Map<Long, Right> rights = new HashMap<>();
		problem.rights().forEach(r -> rights.put(r.id(), r));

		Map<Long, Integer> lockedCount = new HashMap<>();
		Map<Long, Integer> lockedOfRight = new HashMap<>();
		List<Pair> locked = new ArrayList<>();
		for (Pair p : problem.locked().stream().sorted(Comparator.comparingLong(Pair::left).thenComparingLong(Pair::right)).toList()) {
			Left l = lefts.get(p.left());
			if (l == null || !rights.containsKey(p.right())) {
				throw new IllegalArgumentException("a locked pair names a side not in the problem: " + p);
			}
			if (lockedOfRight.merge(p.right(), 1, Integer::sum) > rights.get(p.right()).capacity()) {
				throw new IllegalArgumentException("locked pairs exceed the capacity of right side " + p.right());
			}
			int n = lockedCount.merge(p.left(), 1, Integer::sum);
			if (n > l.capacity()) {
				throw new IllegalArgumentException("locked pairs exceed the quota of " + p.left());
			}
			locked.add(p);
		}

		MinCostFlow flow = new MinCostFlow();
		int source = 0;
		int sink = 1;
		int[] next = {2};
		Map<Long, Integer> leftNode = new HashMap<>();
		Map<Long, Integer> rightNode = new HashMap<>();
		Map<Integer, Long> rightOfNode = new HashMap<>();
		List<Right> free = problem.rights().stream().filter(r -> lockedOfRight.getOrDefault(r.id(), 0) < r.capacity()).toList();
		long demand = free.stream().mapToLong(r -> r.capacity() - lockedOfRight.getOrDefault(r.id(), 0)).sum();
		long big = Math.max(1, demand);
		boolean several = free.stream().anyMatch(r -> r.capacity() > 1);
		for (Right r : free) {
			int node = next[0]++;
			rightNode.put(r.id(), node);
			rightOfNode.put(node, r.id());
		}
		Map<Long, List<int[]>> sourceArcs = new HashMap<>();
		Map<String, Integer> hubs = new HashMap<>();
		Set<String> attributes = new HashSet<>();
		long maxSourceArc = 0;
		long supply = 0;
		for (Left l : problem.lefts()) {
			int residual = l.capacity() - lockedCount.getOrDefault(l.id(), 0);
			if (residual <= 0) {
				continue;
			}
			int node = next[0]++;
			leftNode.put(l.id(), node);
			List<int[]> arcs = new ArrayList<>();
			int before = l.held() + lockedCount.getOrDefault(l.id(), 0);
			for (int i = 1; i <= residual; i++) {
				arcs.add(new int[] {flow.addArcWithCapacityAndUnitCost(source, node, 1, costs.workload(before + i))});
			}
			maxSourceArc = Math.max(maxSourceArc, costs.workload(before + residual));
			supply += residual;
			sourceArcs.put(l.id(), arcs);
			if (several) {
				continue;
			}
			String a = costs.principled() ? key(l.attribute()) : "";
			attributes.add(a);
			int up = hub(hubs, next, "UT|" + a + "|" + CostModel.township(l.divisionCode()));
			flow.addArcWithCapacityAndUnitCost(node, up, residual, 0);
		}
		if (!several) {
			for (Right r : free) {
				for (String a : attributes) {
					int down = hub(hubs, next, "DT|" + a + "|" + CostModel.township(r.divisionCode()));
					long cost = (long) costs.principle().mismatch(unkey(a), r.attribute()) + costs.keepBonus();
					flow.addArcWithCapacityAndUnitCost(down, rightNode.get(r.id()), 1, cost);
				}
			}
			// hub levels: UT → DT same township; UT → UC → DC → DT same county; UC → P → DC other county
			Map<String, Integer> snapshot = new HashMap<>(hubs);
			Map<String, List<String>> downTownshipsByCounty = new HashMap<>();
			snapshot.keySet().stream().filter(k -> k.startsWith("DT|")).forEach(k -> {
				String[] part = k.split("\\|", -1);
				downTownshipsByCounty.computeIfAbsent(part[1] + "|" + CostModel.county(part[2]), x -> new ArrayList<>()).add(part[2]);
			});
			for (String k : snapshot.keySet()) {
				if (!k.startsWith("UT|")) {
					continue;
				}
				String[] part = k.split("\\|", -1);
				String a = part[1];
				String t = part[2];
				Integer sameTownship = snapshot.get("DT|" + a + "|" + t);
				if (sameTownship != null) {
					flow.addArcWithCapacityAndUnitCost(snapshot.get(k), sameTownship, big, 0);
				}
				int upCounty = hub(hubs, next, "UC|" + a + "|" + CostModel.county(t));
				flow.addArcWithCapacityAndUnitCost(snapshot.get(k), upCounty, big, costs.sameCounty());
			}
			for (Map.Entry<String, List<String>> e : downTownshipsByCounty.entrySet()) {
				int downCounty = hub(hubs, next, "DC|" + e.getKey());
				for (String t : e.getValue()) {
					flow.addArcWithCapacityAndUnitCost(downCounty, hubs.get("DT|" + e.getKey().split("\\|", -1)[0] + "|" + t), big, 0);
				}
			}
			for (String k : new ArrayList<>(hubs.keySet())) {
				if (!k.startsWith("UC|")) {
					continue;
				}
				String[] part = k.split("\\|", -1);
				Integer downCounty = hubs.get("DC|" + part[1] + "|" + part[2]);
				if (downCounty != null) {
					flow.addArcWithCapacityAndUnitCost(hubs.get(k), downCounty, big, 0);
				}
				int province = hub(hubs, next, "P|" + part[1]);
				flow.addArcWithCapacityAndUnitCost(hubs.get(k), province, big, costs.otherCounty() - costs.sameCounty());
			}
			for (String k : new ArrayList<>(hubs.keySet())) {
				if (k.startsWith("DC|")) {
					Integer province = hubs.get("P|" + k.split("\\|", -1)[1]);
					if (province != null) {
						flow.addArcWithCapacityAndUnitCost(province, hubs.get(k), big, 0);
					}
				}
			}
		}
		Map<Integer, Pair> directArcs = new HashMap<>();
		long maxCoupleArc = costs.otherCounty() + costs.keepBonus();
		if (several) {
			// a right that takes several helpers: one arc of capacity one per couple, so that one left
			// never helps the same right twice (these kinds are county-sized: hundreds of sides)
			Set<Pair> lockedSet = new HashSet<>(locked);
			for (Left l : problem.lefts()) {
				Integer from = leftNode.get(l.id());
				if (from == null) {
					continue;
				}
				for (Right r : free) {
					Pair p = new Pair(l.id(), r.id());
					if (lockedSet.contains(p)) {
						continue;
					}
					long cost = costs.principle().mismatch(l.attribute(), r.attribute()) + costs.distance(l.divisionCode(), r.divisionCode())
							+ (problem.existing().contains(p) ? 0 : costs.keepBonus());
					maxCoupleArc = Math.max(maxCoupleArc, cost);
					directArcs.put(flow.addArcWithCapacityAndUnitCost(from, rightNode.get(r.id()), 1, cost), p);
				}
			}
		}
		else {
			for (Pair p : problem.existing()) {
				Left l = lefts.get(p.left());
				Right r = rights.get(p.right());
				if (l == null || r == null || !leftNode.containsKey(l.id()) || !rightNode.containsKey(r.id())) {
					continue;
				}
				long cost = costs.principle().mismatch(l.attribute(), r.attribute()) + costs.distance(l.divisionCode(), r.divisionCode());
				directArcs.put(flow.addArcWithCapacityAndUnitCost(leftNode.get(l.id()), rightNode.get(r.id()), 1, cost), p);
			}
		}
		// A right's first helper costs nothing on its sink arc; its k-th (k ≥ 2) costs the sharing
		// term plus the coverage priority, larger than every other cost the whole flow can carry:
		// among flows of the greatest size, one that leaves a right without a helper while another
		// has two always costs more, so every right is covered before any takes a second helper.
		int maxCapacity = free.stream().mapToInt(Right::capacity).max().orElse(1);
		long units = Math.min(demand, supply);
		long coveragePriority = several
				? 1 + units * (maxSourceArc + maxCoupleArc + costs.sharing(maxCapacity))
				: 0;
		for (Right r : free) {
			for (int k = lockedOfRight.getOrDefault(r.id(), 0) + 1; k <= r.capacity(); k++) {
				flow.addArcWithCapacityAndUnitCost(rightNode.get(r.id()), sink, 1, k == 1 ? 0 : coveragePriority + costs.sharing(k));
			}
		}
		flow.setNodeSupply(source, demand);
		flow.setNodeSupply(sink, -demand);
		long built = System.nanoTime();
		MinCostFlowBase.Status status = demand == 0 ? MinCostFlowBase.Status.OPTIMAL : flow.solveMaxFlowWithMinCost();
		if (status != MinCostFlowBase.Status.OPTIMAL) {
			throw new IllegalStateException("the min-cost flow solver answered " + status);
		}

		long solved = System.nanoTime();
		List<Pair> pairs = new ArrayList<>(locked);
		if (demand > 0) {
			pairs.addAll(decompose(flow, leftNode, rightOfNode, directArcs, sink));
		}
		Matching matching = explain(problem, pairs, new HashSet<>(locked));
		if (Boolean.getBoolean("bastion.pairing.trace")) {
			System.out.printf("  graph %,d nodes %,d arcs: build %.2f s, solve %.2f s, decompose and explain %.2f s%n",
					flow.getNumNodes(), flow.getNumArcs(), (built - began) / 1e9, (solved - built) / 1e9,
					(System.nanoTime() - solved) / 1e9);
		}
		return matching;
	}

	/** Follows each unit of flow from its left side through the hubs to the right side it reaches. */
	private static List<Pair> decompose(MinCostFlow flow, Map<Long, Integer> leftNode, Map<Integer, Long> rightOfNode,
			Map<Integer, Pair> directArcs, int sink) {
		int arcs = flow.getNumArcs();
		Map<Integer, List<Integer>> out = new HashMap<>();
		long[] remaining = new long[arcs];
		for (int arc = 0; arc < arcs; arc++) {
			long f = flow.getFlow(arc);
			if (f > 0 && !directArcs.containsKey(arc) && flow.getHead(arc) != sink) {
				remaining[arc] = f;
				out.computeIfAbsent(flow.getTail(arc), x -> new ArrayList<>()).add(arc);
			}
		}
		Map<Integer, Integer> pointer = new HashMap<>();
		List<Pair> pairs = new ArrayList<>();
		directArcs.forEach((arc, pair) -> {
			if (flow.getFlow(arc) > 0) {
				pairs.add(pair);
			}
		});
		for (Map.Entry<Long, Integer> left : leftNode.entrySet()) {
			int start = left.getValue();
			while (true) {
				int node = start;
				Integer arc = nextArc(out, remaining, pointer, node);
				if (arc == null) {
					break;
				}
				while (!rightOfNode.containsKey(node)) {
					arc = nextArc(out, remaining, pointer, node);
					if (arc == null) {
						throw new IllegalStateException("flow is not conserved at node " + node);
					}
					remaining[arc]--;
					node = flow.getHead(arc);
				}
				pairs.add(new Pair(left.getKey(), rightOfNode.get(node)));
			}
		}
		return pairs;
	}

	private static Integer nextArc(Map<Integer, List<Integer>> out, long[] remaining, Map<Integer, Integer> pointer, int node) {
		List<Integer> list = out.get(node);
		if (list == null) {
			return null;
		}
		int i = pointer.getOrDefault(node, 0);
		while (i < list.size() && remaining[list.get(i)] == 0) {
			i++;
		}
		pointer.put(node, i);
		return i < list.size() ? list.get(i) : null;
	}

	/** Prices every pair by the cost model, independently of the flow that found it. */
	static Matching explain(MatchingProblem problem, List<Pair> pairs, Set<Pair> locked) {
		CostModel costs = problem.costs();
		Map<Long, Left> lefts = new HashMap<>();
		problem.lefts().forEach(l -> lefts.put(l.id(), l));
		Map<Long, Right> rights = new HashMap<>();
		problem.rights().forEach(r -> rights.put(r.id(), r));
		Map<Long, Integer> count = new HashMap<>();
		Map<Long, Integer> helpers = new HashMap<>();
		List<Assignment> assignments = new ArrayList<>();
		Set<Long> paired = new HashSet<>();
		List<Pair> ordered = new ArrayList<>(pairs);
		ordered.sort(Comparator.comparing((Pair p) -> !locked.contains(p)).thenComparingLong(Pair::left).thenComparingLong(Pair::right));
		long objective = 0;
		for (Pair p : ordered) {
			Left l = lefts.get(p.left());
			Right r = rights.get(p.right());
			int rank = l.held() + count.merge(l.id(), 1, Integer::sum);
			boolean kept = problem.existing().contains(p);
			int helper = helpers.merge(r.id(), 1, Integer::sum);
			Assignment a = new Assignment(l.id(), r.id(), locked.contains(p), kept, rank,
					costs.principle().mismatch(l.attribute(), r.attribute()), costs.distance(l.divisionCode(), r.divisionCode()),
					costs.workload(rank), kept ? costs.keepBonus() : 0, helper, costs.sharing(helper));
			assignments.add(a);
			paired.add(r.id());
			objective += a.cost();
		}
		List<Long> unpaired = problem.rights().stream().map(Right::id).filter(id -> !paired.contains(id)).toList();
		long capacity = problem.supply();
		int spare = (int) (capacity - assignments.size());
		return new Matching(List.copyOf(assignments), unpaired, unpaired.size(), spare, objective);
	}

	private static int hub(Map<String, Integer> hubs, int[] next, String key) {
		return hubs.computeIfAbsent(key, k -> next[0]++);
	}

	private static String key(String attribute) {
		return attribute == null ? "" : attribute;
	}

	private static String unkey(String key) {
		return key.isEmpty() ? null : key;
	}

	private static void load() {
		if (!loaded) {
			synchronized (MatchingSolver.class) {
				if (!loaded) {
					Loader.loadNativeLibraries();
					loaded = true;
				}
			}
		}
	}
}

package org.bastion.pairing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.LongStream;

import org.bastion.pairing.internal.Matching.Assignment;
import org.bastion.pairing.internal.MatchingProblem.Left;
import org.bastion.pairing.internal.MatchingProblem.Pair;
import org.bastion.pairing.internal.MatchingProblem.Right;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Properties of the min-cost-flow solver over many seeded random instances. */
class MatchingSolverTests {

	final MatchingSolver solver = new MatchingSolver();

	static LongStream seeds() {
		return LongStream.range(1, 301);
	}

	static LongStream fewSeeds() {
		return LongStream.range(1, 41);
	}

	@ParameterizedTest(name = "seed {0}")
	@MethodSource("seeds")
	void neverGivesALeftSideMoreThanItsQuotaNorARightSideTwoPairs(long seed) {
		MatchingProblem problem = RandomInstances.of(seed, 8, 30, 4);
		Matching matching = solver.solve(problem);
		Map<Long, Integer> taken = new HashMap<>();
		Set<Long> rights = new HashSet<>();
		for (Assignment a : matching.assignments()) {
			taken.merge(a.left(), 1, Integer::sum);
			assertThat(rights.add(a.right())).as("right %d paired twice", a.right()).isTrue();
		}
		for (Left l : problem.lefts()) {
			assertThat(taken.getOrDefault(l.id(), 0)).as("pairs of %d", l.id()).isLessThanOrEqualTo(l.capacity());
		}
	}

	@ParameterizedTest(name = "seed {0}")
	@MethodSource("seeds")
	void pairsEveryRightSideWhenTheQuotasSuffice(long seed) {
		MatchingProblem problem = RandomInstances.of(seed, 8, 30, 4);
		Matching matching = solver.solve(problem);
		long paired = matching.assignments().size();
		assertThat(paired).isEqualTo(Math.min(problem.demand(), problem.supply()));
		if (problem.supply() >= problem.demand()) {
			assertThat(matching.feasible()).isTrue();
			assertThat(matching.unpairedRights()).isEmpty();
		}
		else {
			assertThat(matching.shortage()).isEqualTo(problem.demand() - problem.supply());
		}
	}

	@ParameterizedTest(name = "seed {0}")
	@MethodSource("seeds")
	void keepsEveryLockedPair(long seed) {
		MatchingProblem problem = RandomInstances.of(seed, 8, 30, 4);
		Matching matching = solver.solve(problem);
		Set<Pair> found = new HashSet<>();
		matching.assignments().forEach(a -> found.add(new Pair(a.left(), a.right())));
		assertThat(found).containsAll(problem.locked());
	}

	@ParameterizedTest(name = "seed {0}")
	@MethodSource("seeds")
	void costsAsLittleAsTheBestAssignmentFoundByTryingThemAll(long seed) {
		MatchingProblem problem = RandomInstances.of(seed, 3, 6, 3);
		Matching matching = solver.solve(problem);
		Matching best = BruteForce.best(problem);
		assertThat(matching.assignments()).hasSameSizeAs(best.assignments());
		assertThat(matching.objective()).isEqualTo(best.objective());
	}

	@ParameterizedTest(name = "seed {0}")
	@MethodSource("fewSeeds")
	void explainsEachPairWithTheTermsThatAddUpToTheObjective(long seed) {
		MatchingProblem problem = RandomInstances.of(seed, 8, 30, 4);
		Matching matching = solver.solve(problem);
		assertThat(matching.assignments().stream().mapToLong(Assignment::cost).sum()).isEqualTo(matching.objective());
	}

	@Test
	void prefersTheSameTownshipAndKeepsAnExistingPair() {
		CostModel costs = new CostModel(10, 30, 0, 5, (a, b) -> 0);
		MatchingProblem problem = new MatchingProblem(
				List.of(new Left(1, 1, 0, "350424107001", null), new Left(2, 1, 0, "350424100001", null)),
				List.of(new Right(11, "350424107203", null), new Right(12, "350424100002", null)),
				Set.of(), Set.of(), costs);
		Matching matching = solver.solve(problem);
		assertThat(matching.assignments()).extracting(Assignment::left, Assignment::right)
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(1L, 11L), org.assertj.core.groups.Tuple.tuple(2L, 12L));

		MatchingProblem keeping = new MatchingProblem(problem.lefts(), problem.rights(), Set.of(new Pair(1, 12)), Set.of(),
				new CostModel(10, 30, 0, 25, (a, b) -> 0));
		assertThat(solver.solve(keeping).assignments()).extracting(Assignment::left, Assignment::right)
			.contains(org.assertj.core.groups.Tuple.tuple(1L, 12L));
	}

	@Test
	void saysHowManyPlacesAreShortAndPairsAsManyAsItCan() {
		CostModel costs = new CostModel(10, 30, 1, 0, (a, b) -> 0);
		List<Right> rights = new ArrayList<>();
		for (int i = 0; i < 7; i++) {
			rights.add(new Right(100 + i, "350424107001", null));
		}
		Matching matching = solver.solve(new MatchingProblem(List.of(new Left(1, 4, 0, "350424107001", null),
				new Left(2, 1, 0, "350424100001", null)), rights, Set.of(), Set.of(), costs));
		assertThat(matching.assignments()).hasSize(5);
		assertThat(matching.shortage()).isEqualTo(2);
	}

	@ParameterizedTest(name = "seed {0}")
	@MethodSource("seeds")
	void neverExceedsAQuotaOrAHelpedSidesCapacityNorPairsTheSameSidesTwice(long seed) {
		MatchingProblem problem = RandomInstances.of(seed, 8, 30, 4, 3);
		Matching matching = solver.solve(problem);
		Map<Long, Integer> taken = new HashMap<>();
		Map<Long, Integer> helped = new HashMap<>();
		Set<Pair> pairs = new HashSet<>();
		for (Assignment a : matching.assignments()) {
			taken.merge(a.left(), 1, Integer::sum);
			helped.merge(a.right(), 1, Integer::sum);
			assertThat(pairs.add(new Pair(a.left(), a.right()))).as("pair %d–%d twice", a.left(), a.right()).isTrue();
		}
		for (Left l : problem.lefts()) {
			assertThat(taken.getOrDefault(l.id(), 0)).as("pairs of %d", l.id()).isLessThanOrEqualTo(l.capacity());
		}
		for (Right r : problem.rights()) {
			assertThat(helped.getOrDefault(r.id(), 0)).as("helpers of %d", r.id()).isLessThanOrEqualTo(r.capacity());
		}
		assertThat(pairs).containsAll(problem.locked());
		assertThat(matching.assignments().stream().mapToLong(Assignment::cost).sum()).isEqualTo(matching.objective());
	}

	@ParameterizedTest(name = "seed {0}")
	@MethodSource("seeds")
	void givesEveryHelpedSideAHelperBeforeAnyTakesASecondWhenTheQuotasSuffice(long seed) {
		MatchingProblem problem = RandomInstances.of(seed, 8, 30, 4, 3);
		Matching matching = solver.solve(problem);
		Set<Long> lockedRights = new HashSet<>();
		problem.locked().forEach(p -> lockedRights.add(p.right()));
		long uncoveredByLocks = problem.rights().size() - lockedRights.size();
		long freePlaces = problem.supply() - problem.locked().size();
		// every left may help every right: only the places left after the locks bound the coverage
		assertThat(matching.unpairedRights()).hasSize((int) Math.max(0, uncoveredByLocks - freePlaces));
		assertThat(matching.shortage()).isEqualTo((int) Math.max(0, uncoveredByLocks - freePlaces));
	}

	@ParameterizedTest(name = "seed {0}")
	@MethodSource("seeds")
	void costsAsLittleAsTheBestAssignmentFoundByTryingThemAllWhenSidesTakeSeveralHelpers(long seed) {
		MatchingProblem problem = RandomInstances.of(seed, 3, 5, 3, 2);
		Matching matching = solver.solve(problem);
		Matching best = BruteForce.best(problem);
		assertThat(matching.assignments()).hasSameSizeAs(best.assignments());
		assertThat(matching.unpairedRights()).hasSameSizeAs(best.unpairedRights());
		assertThat(matching.objective()).isEqualTo(best.objective());
	}

	@Test
	void givesEveryVillageAHelperBeforeANearbyVillageASecondOne() {
		CostModel costs = new CostModel(10, 40, 0, 0, (a, b) -> 0, false, 0);
		MatchingProblem problem = new MatchingProblem(
				List.of(new Left(1, 1, 0, "350424107001", null), new Left(2, 1, 0, "350424107002", null)),
				List.of(new Right(11, "350424107203", null, 2), new Right(12, "350425101001", null, 2)),
				Set.of(), Set.of(), costs);
		Matching matching = solver.solve(problem);
		assertThat(matching.assignments()).extracting(Assignment::right).containsExactlyInAnyOrder(11L, 12L);
		assertThat(matching.objective()).isEqualTo(40);

		MatchingProblem three = new MatchingProblem(
				List.of(new Left(1, 1, 0, "350424107001", null), new Left(2, 1, 0, "350424107002", null),
						new Left(3, 1, 0, "350424107003", null)),
				problem.rights(), Set.of(), Set.of(), new CostModel(10, 40, 0, 0, (a, b) -> 0, false, 7));
		Matching shared = solver.solve(three);
		assertThat(shared.assignments()).hasSize(3);
		assertThat(shared.unpairedRights()).isEmpty();
		Assignment second = shared.assignments().stream().filter(a -> a.helper() == 2).findFirst().orElseThrow();
		assertThat(second.right()).isEqualTo(11L);
		assertThat(second.sharing()).isEqualTo(7);
		assertThat(shared.objective()).isEqualTo(40 + 7);
	}

	/**
	 * The independent exact method: every way of giving each right a set of lefts within its
	 * capacity (one left or none when it takes one), the best being the one with the most pairs,
	 * then the most rights covered, then the least cost.
	 */
	static final class BruteForce {

		static Matching best(MatchingProblem problem) {
			if (problem.rights().stream().anyMatch(r -> r.capacity() > 1)) {
				return bestWithSeveralHelpers(problem);
			}
			List<Left> lefts = problem.lefts();
			List<Right> free = problem.rights().stream()
				.filter(r -> problem.locked().stream().noneMatch(p -> p.right() == r.id()))
				.toList();
			int options = lefts.size() + 1;
			long combinations = (long) Math.pow(options, free.size());
			Matching best = null;
			for (long code = 0; code < combinations; code++) {
				long rest = code;
				List<Pair> pairs = new ArrayList<>(problem.locked());
				Map<Long, Integer> count = new HashMap<>();
				problem.locked().forEach(p -> count.merge(p.left(), 1, Integer::sum));
				boolean valid = true;
				for (Right r : free) {
					int choice = (int) (rest % options);
					rest /= options;
					if (choice < lefts.size()) {
						Left l = lefts.get(choice);
						if (count.merge(l.id(), 1, Integer::sum) > l.capacity()) {
							valid = false;
							break;
						}
						pairs.add(new Pair(l.id(), r.id()));
					}
				}
				if (!valid) {
					continue;
				}
				Matching m = MatchingSolver.explain(problem, pairs, problem.locked());
				if (best == null || m.assignments().size() > best.assignments().size()
						|| (m.assignments().size() == best.assignments().size() && m.objective() < best.objective())) {
					best = m;
				}
			}
			return best;
		}

		static Matching bestWithSeveralHelpers(MatchingProblem problem) {
			List<Left> lefts = problem.lefts();
			List<Right> rights = problem.rights();
			List<List<List<Left>>> options = new ArrayList<>();
			for (Right r : rights) {
				long lockedHere = problem.locked().stream().filter(p -> p.right() == r.id()).count();
				List<Left> open = lefts.stream().filter(l -> !problem.locked().contains(new Pair(l.id(), r.id()))).toList();
				List<List<Left>> subsets = new ArrayList<>();
				for (int mask = 0; mask < 1 << open.size(); mask++) {
					if (Integer.bitCount(mask) > r.capacity() - lockedHere) {
						continue;
					}
					List<Left> chosen = new ArrayList<>();
					for (int i = 0; i < open.size(); i++) {
						if ((mask & 1 << i) != 0) {
							chosen.add(open.get(i));
						}
					}
					subsets.add(chosen);
				}
				options.add(subsets);
			}
			Matching[] best = {null};
			search(problem, options, 0, new ArrayList<>(problem.locked()), best);
			return best[0];
		}

		private static void search(MatchingProblem problem, List<List<List<Left>>> options, int index, List<Pair> pairs,
				Matching[] best) {
			if (index == options.size()) {
				Map<Long, Integer> count = new HashMap<>();
				for (Pair p : pairs) {
					count.merge(p.left(), 1, Integer::sum);
				}
				for (Left l : problem.lefts()) {
					if (count.getOrDefault(l.id(), 0) > l.capacity()) {
						return;
					}
				}
				Matching m = MatchingSolver.explain(problem, pairs, problem.locked());
				Matching b = best[0];
				if (b == null || m.assignments().size() > b.assignments().size()
						|| (m.assignments().size() == b.assignments().size() && m.unpairedRights().size() < b.unpairedRights().size())
						|| (m.assignments().size() == b.assignments().size() && m.unpairedRights().size() == b.unpairedRights().size()
								&& m.objective() < b.objective())) {
					best[0] = m;
				}
				return;
			}
			Right r = problem.rights().get(index);
			for (List<Left> chosen : options.get(index)) {
				int before = pairs.size();
				chosen.forEach(l -> pairs.add(new Pair(l.id(), r.id())));
				search(problem, options, index + 1, pairs, best);
				pairs.subList(before, pairs.size()).clear();
			}
		}
	}
}

package org.bastion.pairing.internal;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A bipartite pairing problem of any kind: left sides with a capacity (how many they may still
 * take), right sides with a capacity (how many helpers they may have: one for most kinds), the pairs that exist now (kept if possible), the
 * pairs staff locked (fixed), and the cost model of the kind. Excluded sides are simply left out.
 */
public record MatchingProblem(List<Left> lefts, List<Right> rights, Set<Pair> existing, Set<Pair> locked,
		CostModel costs) {

	public MatchingProblem {
		lefts = List.copyOf(lefts);
		rights = List.copyOf(rights);
		existing = Set.copyOf(existing);
		locked = Set.copyOf(locked);
		Objects.requireNonNull(costs, "costs");
	}

	/**
	 * A side that takes several: {@code capacity} is its quota under the hard rule, {@code held}
	 * how many of this kind it already holds outside the problem (they count towards workload).
	 */
	public record Left(long id, int capacity, int held, String divisionCode, String attribute) {
		public Left {
			if (capacity < 0 || held < 0) {
				throw new IllegalArgumentException("capacity and held must not be negative");
			}
		}
	}

	/**
	 * A side that is helped: {@code capacity} is how many live pairings of the kind it may have
	 * (one for most kinds, two for a village helped by organ branches).
	 */
	public record Right(long id, String divisionCode, String attribute, int capacity) {
		public Right {
			if (capacity < 1) {
				throw new IllegalArgumentException("a right side's capacity is at least one");
			}
		}

		/** A right side that takes exactly one. */
		public Right(long id, String divisionCode, String attribute) {
			this(id, divisionCode, attribute, 1);
		}
	}

	public record Pair(long left, long right) {
	}

	/** How many rights want a pair: each right wants at least one (coverage comes first). */
	public int demand() {
		return rights.size();
	}

	/** How many pairs the rights may take in all (the sum of their capacities). */
	public long rightCapacity() {
		return rights.stream().mapToLong(Right::capacity).sum();
	}

	/** How many the lefts may take in all. */
	public long supply() {
		return lefts.stream().mapToLong(Left::capacity).sum();
	}
}

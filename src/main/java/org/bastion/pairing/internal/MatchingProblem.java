package org.bastion.pairing.internal;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A bipartite pairing problem of any kind: left sides with a capacity (how many they may still
 * take), right sides that each take at most one, the pairs that exist now (kept if possible), the
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

	/** A side that takes exactly one. */
	public record Right(long id, String divisionCode, String attribute) {
	}

	public record Pair(long left, long right) {
	}

	/** Places served by the rights: each right wants one. */
	public int demand() {
		return rights.size();
	}

	/** How many the lefts may take in all. */
	public long supply() {
		return lefts.stream().mapToLong(Left::capacity).sum();
	}
}

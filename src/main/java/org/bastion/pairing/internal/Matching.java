package org.bastion.pairing.internal;

import java.util.List;

/**
 * A solved pairing problem: the pairs with the cost terms that put each there, the rights left
 * without a pair and how many places were short, and the objective (the total cost).
 *
 * @param shortage how many rights could not be paired for want of capacity (0 when feasible): a
 *        right counts once, however many helpers it may take
 * @param spare how much of the lefts' capacity stayed unused
 */
public record Matching(List<Assignment> assignments, List<Long> unpairedRights, int shortage, int spare,
		long objective) {

	/**
	 * One proposed pair and its explanation.
	 *
	 * @param rank the pair's place among its left side's pairs of the kind (1 for the first),
	 *        counting those it held before
	 * @param kept whether the pair exists already
	 * @param locked whether staff fixed it
	 * @param helper the pair's place among its right side's helpers (1 for the first)
	 * @param sharing the cost of being a further helper of the same right side
	 *        ({@code helperStep × (helper − 1)}, convex like the workload)
	 */
	public record Assignment(long left, long right, boolean locked, boolean kept, int rank, int principle,
			int distance, long workload, int keepBonus, int helper, long sharing) {

		public long cost() {
			return principle + distance + workload + sharing - keepBonus;
		}
	}

	public boolean feasible() {
		return shortage == 0;
	}
}

package org.bastion.pairing.internal;

/**
 * What a pairing costs, in whole points: the mismatch of the two sides with the kind's principle,
 * the distance between their divisions (same township free, same county {@code sameCounty},
 * further {@code otherCounty}), the workload of the left side (its k-th pair costs
 * {@code balanceStep × (k − 1)}, so spreading pairs is cheaper: a convex cost), and a bonus
 * {@code keepBonus} for a pair that exists already, and for a right side that may take several
 * helpers the sharing of its k-th helper ({@code helperStep × (k − 1)}, convex too). A kind without a principle ({@code principled}
 * false) lets the solver ignore the sides' attributes, which keeps its graph smaller.
 */
public record CostModel(int sameCounty, int otherCounty, int balanceStep, int keepBonus, Principle principle,
		boolean principled, int helperStep) {

	/** The mismatch cost of a left side's attribute with a right side's; 0 for a perfect match. */
	@FunctionalInterface
	public interface Principle {
		int mismatch(String leftAttribute, String rightAttribute);
	}

	public CostModel {
		if (sameCounty < 0 || otherCounty < sameCounty || balanceStep < 0 || keepBonus < 0 || helperStep < 0) {
			throw new IllegalArgumentException("costs must be non-negative and other county ≥ same county");
		}
	}

	/** A cost model whose principle looks at the sides' attributes. */
	public CostModel(int sameCounty, int otherCounty, int balanceStep, int keepBonus, Principle principle) {
		this(sameCounty, otherCounty, balanceStep, keepBonus, principle, true, 0);
	}

	/** A cost model without a helper step (for rights that take one). */
	public CostModel(int sameCounty, int otherCounty, int balanceStep, int keepBonus, Principle principle, boolean principled) {
		this(sameCounty, otherCounty, balanceStep, keepBonus, principle, principled, 0);
	}

	public static String township(String code) {
		if (code == null) {
			return "";
		}
		return code.length() >= 9 ? code.substring(0, 9) : code;
	}

	public static String county(String code) {
		if (code == null) {
			return "";
		}
		return code.length() >= 6 ? code.substring(0, 6) : code;
	}

	public int distance(String leftCode, String rightCode) {
		if (township(leftCode).equals(township(rightCode))) {
			return 0;
		}
		return county(leftCode).equals(county(rightCode)) ? sameCounty : otherCounty;
	}

	/** The sharing cost of a right side's k-th helper of the kind (k from 1). */
	public long sharing(int k) {
		return (long) helperStep * (k - 1);
	}

	/** The workload cost of a left side's k-th pair of the kind (k from 1). */
	public long workload(int k) {
		return (long) balanceStep * (k - 1);
	}
}

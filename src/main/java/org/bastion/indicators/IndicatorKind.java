package org.bastion.indicators;

/**
 * How a value is computed from the facts of the scope and period.
 * <ul>
 * <li>{@link #DISTINCT_COUNT}: distinct {@link IndicatorFact#distinctKey()}s of the facts whose
 * validity overlaps the period — counted once for the whole period and subtree, never summed from
 * months or child organizations (docs/decisions: distinct counts do not add up);</li>
 * <li>{@link #SUM}: the sum of the amounts of those facts;</li>
 * <li>{@link #RATIO}: 100 × numerator / denominator (two other indicators' values), two decimals
 * rounded half-up (27/29 → 93.10); an empty denominator gives no value (null, shown —), never 0;</li>
 * <li>{@link #STOCK}: distinct keys of the facts valid on the period's last day ("as of").</li>
 * </ul>
 */
public enum IndicatorKind {
	DISTINCT_COUNT, SUM, RATIO, STOCK
}

package org.bastion.indicators;

import java.math.BigDecimal;

import org.bastion.common.Period;

/**
 * The value of an indicator for a scope and period.
 *
 * @param value the count, sum (yuan with fen) or percentage (two decimals); null = no data (a rate
 * over an empty base), shown as —
 * @param numerator for a ratio, the numerator's value; else null
 * @param denominator for a ratio, the base's value; else null
 * @param scopeOrganizationId the root of the subtree evaluated; 0 for the whole scope of a caller whose scope
 * has no topmost organization (divisions or persons only)
 */
public record IndicatorValue(IndicatorDefinition definition, BigDecimal value, BigDecimal numerator,
		BigDecimal denominator, long scopeOrganizationId, Period period) {

	public String code() {
		return definition.code();
	}

	public boolean hasValue() {
		return value != null;
	}
}

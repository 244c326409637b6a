package org.bastion.dashboard;

import org.bastion.indicators.IndicatorKind;

/**
 * An indicator's page: the figure for the scope and period, how it is computed, its monthly history and its
 * values in the scope's child organizations (null when the scope has none).
 *
 * @param context the scope, its path and the period, as on the dashboard (without programs)
 * @param ratio for a ratio, 「分子 27，分母 29」; else null
 */
public record IndicatorView(DashboardView context, DashboardView.Figure figure, IndicatorKind kind, String ratio,
		DashboardView.Chart history, DashboardView.Chart breakdown) {
}

package org.bastion.dashboard;

import java.math.BigDecimal;
import java.util.List;

/**
 * A dashboard as the home page and the wall show it: the scope (the root of the caller's part of the tree
 * or one they chose inside it, with the way down to it), the period and the periods to choose from, and a
 * program per owning module with its key figures, a monthly trend and a comparison across the scope's
 * child organizations of its first figure.
 *
 * @param requestedScope the {@code scope} parameter as asked (null: the caller's whole scope), kept in links
 */
public record DashboardView(long scopeId, Long requestedScope, String scopeName, List<Step> path, PeriodChoice period,
		List<PeriodChoice.OptionGroup> periods, List<Program> programs) {

	/** The query that keeps this scope and period in a link: {@code scope=12&period=2026-Q4} or {@code period=2026}. */
	public String query() {
		return query(requestedScope);
	}

	/** The same period for another scope (a child organization, a step of the path). */
	public String query(Long scope) {
		return (scope == null ? "" : "scope=" + scope + "&") + "period=" + period.value();
	}

	/** One organization on the way down to the scope. */
	public record Step(long id, String name) {
	}

	/** A program (an owning module): its title, figures and two charts (null when it has nothing to chart). */
	public record Program(String module, String title, List<Figure> figures, Chart trend, Chart comparison) {
	}

	/** A key figure: 「4,614」 「个」, its name and definition; links to its indicator page. */
	public record Figure(String code, String name, String text, String unit, String definition) {
	}

	/**
	 * A chart and its table: {@code kind} is {@code line} (by month) or {@code bar} (by child organization);
	 * {@code code} is the indicator charted.
	 */
	public record Chart(String id, String kind, String title, String code, String name, String unit, List<Point> points) {
	}

	/** A month's or a child organization's value: the label, the number (null: no data), how it reads. */
	public record Point(String label, BigDecimal value, String text, Long organizationId) {
	}
}

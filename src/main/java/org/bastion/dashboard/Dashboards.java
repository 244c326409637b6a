package org.bastion.dashboard;

import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.bastion.common.security.Authorities;
import org.bastion.dashboard.internal.FigureFormat;
import org.bastion.dashboard.internal.ScopeNames;
import org.bastion.dashboard.internal.WorkReports;
import org.bastion.indicators.IndicatorDefinition;
import org.bastion.indicators.IndicatorKind;
import org.bastion.indicators.IndicatorShare;
import org.bastion.indicators.IndicatorValue;
import org.bastion.indicators.Indicators;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The signed-in user's dashboard, for the home page (which calls {@link #view}) and the wall: every
 * indicator's value for the scope and period grouped by program, and for each program's first count or sum
 * its months and its child organizations. Everything is read from {@link Indicators} in the caller's data
 * scope; a scope outside it is not found.
 */
@Service
public class Dashboards {

	private final Indicators indicators;
	private final FigureFormat format;
	private final ScopeNames scopes;
	private final WorkReports reports;
	private final Clock clock;

	Dashboards(Indicators indicators, FigureFormat format, ScopeNames scopes, WorkReports reports, Clock clock) {
		this.indicators = indicators;
		this.format = format;
		this.scopes = scopes;
		this.reports = reports;
		this.clock = clock;
	}

	/**
	 * The dashboard of the scope ({@code null}: the caller's whole scope) for the period parameter ({@code 2026},
	 * {@code 2026-Q4}, {@code 2026-12}; blank: this year).
	 */
	@PreAuthorize("hasAuthority('" + Authorities.INDICATOR_READ + "')")
	public DashboardView view(Long scope, String period) {
		PeriodChoice choice = PeriodChoice.parse(period, clock);
		List<IndicatorValue> values = indicators.values(scope, choice.period());
		Map<String, List<IndicatorValue>> byModule = new LinkedHashMap<>();
		values.forEach(v -> byModule.computeIfAbsent(v.definition().module(), m -> new ArrayList<>()).add(v));
		DashboardView context = context(values.isEmpty() ? null : values.get(0), scope, choice);
		List<DashboardView.Program> programs = new ArrayList<>();
		for (Map.Entry<String, List<IndicatorValue>> module : byModule.entrySet()) {
			programs.add(program(module.getKey(), module.getValue(), scope, context.scopeName(), choice));
		}
		return new DashboardView(context.scopeId(), scope, context.scopeName(), context.path(), choice, context.periods(),
				programs);
	}

	/** One indicator's page: its value, definition, months and child organizations; an unknown code is not found. */
	@PreAuthorize("hasAuthority('" + Authorities.INDICATOR_READ + "')")
	public IndicatorView indicator(String code, Long scope, String period) {
		PeriodChoice choice = PeriodChoice.parse(period, clock);
		IndicatorValue value = indicators.value(code, scope, choice.period());
		DashboardView context = context(value, scope, choice);
		IndicatorDefinition d = value.definition();
		Locale locale = LocaleContextHolder.getLocale();
		String ratio = d.kind() != IndicatorKind.RATIO ? null
				: format.ratio(value.numerator(), value.denominator());
		return new IndicatorView(context, figure(value, locale), d.kind(), ratio, trend(d.module(), value, scope, choice),
				comparison(d.module(), value, scope, context.scopeName(), choice));
	}

	private DashboardView context(IndicatorValue any, Long scope, PeriodChoice choice) {
		return context(any == null ? -1 : any.scopeOrganizationId(), scope, choice);
	}

	/**
	 * The scope {@code scopeId} (as the engine resolved the requested {@code scope}; -1 for none), its path and the
	 * periods to choose from, without programs: what a page about the scope and period shows around its content.
	 */
	public DashboardView context(long scopeId, Long scope, PeriodChoice choice) {
		List<DashboardView.Step> path = scopeId < 0 ? List.of()
				: scopes.path(scopeId).stream().map(s -> new DashboardView.Step(s.id(), s.name())).toList();
		String scopeName = path.isEmpty() ? scopes.place(scope) : path.get(path.size() - 1).name();
		return new DashboardView(scopeId, scope, scopeName, path, choice, PeriodChoice.options(choice, clock), List.of());
	}

	private DashboardView.Figure figure(IndicatorValue v, Locale locale) {
		return new DashboardView.Figure(v.code(), v.definition().name().in(locale),
				format.text(v.value(), v.definition().unit()), format.unit(v.definition().unit()),
				v.definition().definition().in(locale));
	}

	private DashboardView.Program program(String module, List<IndicatorValue> values, Long scope, String scopeName,
			PeriodChoice choice) {
		Locale locale = LocaleContextHolder.getLocale();
		List<DashboardView.Figure> figures = values.stream().map(v -> figure(v, locale)).toList();
		IndicatorValue headline = values.stream().filter(v -> v.definition().kind() != IndicatorKind.RATIO).findFirst()
			.orElse(values.get(0));
		return new DashboardView.Program(module, reports.programTitle(module), figures,
				trend(module, headline, scope, choice), comparison(module, headline, scope, scopeName, choice));
	}

	/** The headline's value in each month of the period up to this month. */
	DashboardView.Chart trend(String module, IndicatorValue headline, Long scope, PeriodChoice choice) {
		List<YearMonth> months = choice.chartedMonths(clock);
		List<IndicatorValue> history = indicators.history(headline.code(), scope, months.get(0),
				months.get(months.size() - 1));
		boolean oneYear = months.get(0).getYear() == months.get(months.size() - 1).getYear();
		List<DashboardView.Point> points = history.stream().map(v -> {
			YearMonth m = YearMonth.from(v.period().from());
			String label = oneYear ? m.getMonthValue() + "月" : m.getYear() + "年" + m.getMonthValue() + "月";
			return new DashboardView.Point(label, v.value(), format.text(v.value(), headline.definition().unit()), null);
		}).toList();
		return chart(module + "-trend", "line", "dashboard.chart.trend", headline, points);
	}

	/**
	 * The headline's value in each child organization of the scope that governs an area — the townships for the
	 * county, not the county's organ branches beside them (which would make the chart hundreds of bars long).
	 */
	DashboardView.Chart comparison(String module, IndicatorValue headline, Long scope, String scopeName,
			PeriodChoice choice) {
		List<IndicatorShare> all = indicators.breakdown(headline.code(), scope, choice.period());
		Set<Long> areas = scopes.areas(all.stream().map(IndicatorShare::organizationId).toList());
		List<IndicatorShare> shares = all.stream().filter(s -> areas.contains(s.organizationId())).toList();
		if (shares.isEmpty()) {
			return null;
		}
		List<DashboardView.Point> points = shares.stream().map(s -> new DashboardView.Point(shortName(s, scopeName),
				s.value().value(), format.text(s.value().value(), headline.definition().unit()), s.organizationId()))
			.toList();
		return chart(module + "-children", "bar", "dashboard.chart.children", headline, points);
	}

	private DashboardView.Chart chart(String id, String kind, String title, IndicatorValue headline,
			List<DashboardView.Point> points) {
		return new DashboardView.Chart(id, kind, title, headline.code(),
				headline.definition().name().in(LocaleContextHolder.getLocale()), format.unit(headline.definition().unit()),
				points);
	}

	/** A child named without its parent's place: 「安乐镇」 under 「宁化县」. */
	private static String shortName(IndicatorShare share, String parentPlace) {
		String place = ScopeNames.placeOf(share.organizationName());
		return !parentPlace.isEmpty() && place.startsWith(parentPlace) && place.length() > parentPlace.length()
				? place.substring(parentPlace.length()) : place;
	}
}

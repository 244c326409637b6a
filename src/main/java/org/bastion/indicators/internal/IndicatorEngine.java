package org.bastion.indicators.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.bastion.common.PageRequest;
import org.bastion.common.PageResult;
import org.bastion.common.Period;
import org.bastion.common.excel.XlsxColumn;
import org.bastion.common.excel.XlsxExportWriter;
import org.bastion.common.security.Authorities;
import org.bastion.indicators.IndicatorDefinition;
import org.bastion.indicators.IndicatorKind;
import org.bastion.indicators.IndicatorRecord;
import org.bastion.indicators.IndicatorShare;
import org.bastion.indicators.IndicatorValue;
import org.bastion.indicators.Indicators;
import org.bastion.indicators.ReportSentence;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The engine's read side (see {@link Indicators}): values from the kept facts, cached by the store's
 * version, the caller's scope and the part and period asked for.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAuthority('" + Authorities.INDICATOR_READ + "')")
class IndicatorEngine implements Indicators {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private final IndicatorCatalog catalog;
	private final Subtrees subtrees;
	private final FactQueries queries;
	private final FactStore store;
	private final ValueCache cache;
	private final MessageSource messages;

	IndicatorEngine(IndicatorCatalog catalog, Subtrees subtrees, FactQueries queries, FactStore store, ValueCache cache,
			MessageSource messages) {
		this.catalog = catalog;
		this.subtrees = subtrees;
		this.queries = queries;
		this.store = store;
		this.cache = cache;
		this.messages = messages;
	}

	@Override
	public List<IndicatorDefinition> definitions() {
		return catalog.all();
	}

	@Override
	public Optional<IndicatorDefinition> definition(String code) {
		return catalog.find(code);
	}

	@Override
	public List<ReportSentence> sentences() {
		return catalog.sentences();
	}

	@Override
	public IndicatorValue value(String code, Long scopeOrganizationId, Period period) {
		IndicatorDefinition d = catalog.get(code);
		Subtrees.Part part = subtrees.resolve(scopeOrganizationId);
		return cache.get(store.version(), part, "value:" + code, period, () -> compute(List.of(d), part, period).get(0));
	}

	@Override
	public List<IndicatorValue> values(Long scopeOrganizationId, Period period) {
		Subtrees.Part part = subtrees.resolve(scopeOrganizationId);
		return cache.get(store.version(), part, "values", period, () -> compute(catalog.all(), part, period));
	}

	private List<IndicatorValue> compute(List<IndicatorDefinition> wanted, Subtrees.Part part, Period period) {
		Set<String> overlapping = new LinkedHashSet<>();
		Set<String> stocks = new LinkedHashSet<>();
		for (IndicatorDefinition d : wanted) {
			for (IndicatorDefinition counted : counted(d)) {
				(counted.kind() == IndicatorKind.STOCK ? stocks : overlapping).add(counted.code());
			}
		}
		Map<String, FactQueries.Totals> totals = queries.totals(overlapping, part, period);
		totals.putAll(queries.totals(stocks, part, Period.day(period.to())));
		return wanted.stream().map(d -> value(d, part.rootId(), period, c -> totals.getOrDefault(c, FactQueries.Totals.NONE))).toList();
	}

	/** The indicators whose facts a value needs: itself, or a ratio's two parts. */
	private List<IndicatorDefinition> counted(IndicatorDefinition d) {
		return d.hasFacts() ? List.of(d) : List.of(catalog.get(d.numerator()), catalog.get(d.denominator()));
	}

	private IndicatorValue value(IndicatorDefinition d, long rootId, Period period,
			java.util.function.Function<String, FactQueries.Totals> totals) {
		if (d.kind() == IndicatorKind.RATIO) {
			BigDecimal numerator = plain(catalog.get(d.numerator()), totals.apply(d.numerator()));
			BigDecimal denominator = plain(catalog.get(d.denominator()), totals.apply(d.denominator()));
			return new IndicatorValue(d, rate(numerator, denominator), numerator, denominator, rootId, period);
		}
		return new IndicatorValue(d, plain(d, totals.apply(d.code())), null, null, rootId, period);
	}

	private static BigDecimal plain(IndicatorDefinition d, FactQueries.Totals totals) {
		if (d.kind() == IndicatorKind.SUM) {
			return (totals.sum() == null ? BigDecimal.ZERO : totals.sum()).setScale(2, RoundingMode.HALF_UP);
		}
		return BigDecimal.valueOf(totals.count());
	}

	/** 100 × n / base, two decimals half-up (27/29 → 93.10); an empty base has no rate. */
	static BigDecimal rate(BigDecimal numerator, BigDecimal denominator) {
		if (denominator == null || denominator.signum() == 0) {
			return null;
		}
		return numerator.multiply(HUNDRED).divide(denominator, 2, RoundingMode.HALF_UP);
	}

	@Override
	public List<IndicatorShare> breakdown(String code, Long scopeOrganizationId, Period period) {
		IndicatorDefinition d = catalog.get(code);
		Subtrees.Part part = subtrees.resolve(scopeOrganizationId);
		return cache.get(store.version(), part, "breakdown:" + code, period, () -> {
			List<Subtrees.Part> children = subtrees.children(part);
			List<FactQueries.Slice> slices = children.stream().map(child -> new FactQueries.Slice(child, period)).toList();
			List<Map<String, FactQueries.Totals>> rows = slicedTotals(d, slices);
			List<IndicatorShare> shares = new ArrayList<>();
			for (int i = 0; i < children.size(); i++) {
				Map<String, FactQueries.Totals> row = rows.get(i);
				Subtrees.Part child = children.get(i);
				shares.add(new IndicatorShare(child.rootId(), child.rootName(),
						value(d, child.rootId(), period, c -> row.getOrDefault(c, FactQueries.Totals.NONE))));
			}
			return shares;
		});
	}

	@Override
	public List<IndicatorValue> history(String code, Long scopeOrganizationId, YearMonth from, YearMonth to) {
		IndicatorDefinition d = catalog.get(code);
		Subtrees.Part part = subtrees.resolve(scopeOrganizationId);
		Period whole = new Period(from.atDay(1), to.atEndOfMonth());
		return cache.get(store.version(), part, "history:" + code, whole, () -> {
			List<Period> months = whole.months().stream().map(Period::month).toList();
			List<FactQueries.Slice> slices = months.stream().map(m -> new FactQueries.Slice(part, m)).toList();
			List<Map<String, FactQueries.Totals>> rows = slicedTotals(d, slices);
			List<IndicatorValue> values = new ArrayList<>();
			for (int i = 0; i < months.size(); i++) {
				Map<String, FactQueries.Totals> row = rows.get(i);
				values.add(value(d, part.rootId(), months.get(i), c -> row.getOrDefault(c, FactQueries.Totals.NONE)));
			}
			return values;
		});
	}

	/** For each slice, the totals of the facts the value needs, one statement per counted indicator. */
	private List<Map<String, FactQueries.Totals>> slicedTotals(IndicatorDefinition d, List<FactQueries.Slice> slices) {
		List<Map<String, FactQueries.Totals>> rows = new ArrayList<>();
		slices.forEach(s -> rows.add(new java.util.HashMap<>()));
		for (IndicatorDefinition counted : counted(d)) {
			List<FactQueries.Slice> dated = counted.kind() == IndicatorKind.STOCK
					? slices.stream().map(s -> new FactQueries.Slice(s.part(), Period.day(s.dates().to()))).toList()
					: slices;
			List<FactQueries.Totals> totals = queries.totals(counted.code(), dated);
			for (int i = 0; i < totals.size(); i++) {
				rows.get(i).put(counted.code(), totals.get(i));
			}
		}
		return rows;
	}

	@Override
	public PageResult<IndicatorRecord> records(String code, Long scopeOrganizationId, Period period, PageRequest page) {
		IndicatorDefinition listed = listed(catalog.get(code));
		Subtrees.Part part = subtrees.resolve(scopeOrganizationId);
		PageRequest request = FactQueries.page(page);
		Period dates = datesOf(listed, period);
		return listed.kind() == IndicatorKind.SUM
				? queries.factRecords(listed.code(), part, dates, request.offset(), request.size(), request.page())
				: queries.distinctRecords(listed.code(), part, dates, request.offset(), request.size(), request.page());
	}

	/** A ratio lists its numerator's records. */
	private IndicatorDefinition listed(IndicatorDefinition d) {
		return d.kind() == IndicatorKind.RATIO ? catalog.get(d.numerator()) : d;
	}

	private static Period datesOf(IndicatorDefinition d, Period period) {
		return d.kind() == IndicatorKind.STOCK ? Period.day(period.to()) : period;
	}

	@Override
	@PreAuthorize("hasAuthority('" + Authorities.INDICATOR_READ + "') and hasAuthority('" + Authorities.EXPORT + "')")
	public void exportRecords(String code, Long scopeOrganizationId, Period period, Locale locale, OutputStream out)
			throws IOException {
		IndicatorDefinition d = catalog.get(code);
		IndicatorDefinition listed = listed(d);
		Subtrees.Part part = subtrees.resolve(scopeOrganizationId);
		List<XlsxColumn> columns = List.of(XlsxColumn.text(text("indicator.record.title", locale)).width(24),
				XlsxColumn.text(text("indicator.record.subtitle", locale)).width(30),
				XlsxColumn.text(text("indicator.record.organization", locale)).width(30),
				XlsxColumn.date(text("indicator.record.from", locale)), XlsxColumn.date(text("indicator.record.to", locale)),
				XlsxColumn.number(text("indicator.record.amount", locale)));
		try (XlsxExportWriter writer = XlsxExportWriter.open(out, d.name().in(locale), columns)) {
			queries.eachRecord(listed.kind() != IndicatorKind.SUM, listed.code(), part, datesOf(listed, period),
					r -> writer.row(r.title(), r.subtitle(), r.organizationName(), r.from(), r.to(), r.amount()));
		}
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}
}

package org.bastion.indicators.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.bastion.common.PageRequest;
import org.bastion.common.PageResult;
import org.bastion.common.Period;
import org.bastion.common.scope.DataScope;
import org.bastion.common.scope.ScopeSql;
import org.bastion.indicators.IndicatorRecord;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The engine's reads of {@code indicator_fact}, each one statement. A distinct count is always
 * {@code count(distinct distinct_key)} over the facts of the whole period and subtree — several
 * subtrees or months in one statement are columns of their own, never sums of one another
 * (docs/decisions/0050-indicator-facts-and-distinct-counts.md). Scope goes through {@link ScopeSql} on the
 * fact's two places.
 */
@Repository
class FactQueries {

	/** The facts of an indicator that lie in a part and a period (for a stock: valid on its last day). */
	record Slice(Subtrees.Part part, Period dates) {
	}

	/** A distinct count and a sum of amounts (null when no fact has one). */
	record Totals(long count, BigDecimal sum) {

		static final Totals NONE = new Totals(0, null);
	}

	private final JdbcClient jdbc;

	FactQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The totals of several indicators in one part and period, in one statement. */
	Map<String, Totals> totals(Collection<String> codes, Subtrees.Part part, Period dates) {
		Map<String, Totals> totals = new HashMap<>();
		if (codes.isEmpty()) {
			return totals;
		}
		Map<String, Object> params = new HashMap<>();
		String where = scope(part, "s", params) + dated(dates, "d", params);
		params.put("codes", codes);
		jdbc.sql("select f.code, count(distinct f.distinct_key), sum(f.amount) from indicator_fact f where f.code in (:codes)"
				+ where + " group by f.code")
			.params(params)
			.query((ResultSet rs) -> {
				totals.put(rs.getString(1), new Totals(rs.getLong(2), rs.getBigDecimal(3)));
			});
		return totals;
	}

	/** The totals of one indicator in several slices (children, months), in one statement, in their order. */
	List<Totals> totals(String code, List<Slice> slices) {
		if (slices.isEmpty()) {
			return List.of();
		}
		Map<String, Object> params = new HashMap<>();
		params.put("code", code);
		StringBuilder select = new StringBuilder("select ");
		LocalDate first = slices.get(0).dates().from();
		LocalDate last = slices.get(0).dates().to();
		for (int i = 0; i < slices.size(); i++) {
			Slice slice = slices.get(i);
			String condition = "1 = 1" + subtreeOnly(slice.part(), "k" + i, params) + dated(slice.dates(), "d" + i, params);
			select.append(i == 0 ? "" : ", ")
				.append("count(distinct case when ").append(condition).append(" then f.distinct_key end), ")
				.append("sum(case when ").append(condition).append(" then f.amount end)");
			first = slice.dates().from().isBefore(first) ? slice.dates().from() : first;
			last = slice.dates().to().isAfter(last) ? slice.dates().to() : last;
		}
		Subtrees.Part any = slices.get(0).part();
		String where = callerOnly(any.caller(), "c", params) + dated(new Period(first, last), "all", params);
		return jdbc.sql(select + " from indicator_fact f where f.code = :code" + where)
			.params(params)
			.query((rs, n) -> {
				List<Totals> row = new ArrayList<>();
				for (int i = 0; i < slices.size(); i++) {
					row.add(new Totals(rs.getLong(2 * i + 1), rs.getBigDecimal(2 * i + 2)));
				}
				return row;
			})
			.single();
	}

	/** One drill-down line per distinct key (a count), by first day, title and key. */
	PageResult<IndicatorRecord> distinctRecords(String code, Subtrees.Part part, Period dates, long offset, int size,
			int pageNumber) {
		Map<String, Object> params = new HashMap<>();
		params.put("code", code);
		String where = " where f.code = :code" + scope(part, "s", params) + dated(dates, "d", params);
		long total = jdbc.sql("select count(distinct f.distinct_key) from indicator_fact f" + where).params(params)
			.query(Long.class).single();
		Map<Long, Line> lines = new LinkedHashMap<>();
		params.put("size", size);
		params.put("offset", offset);
		jdbc.sql("select min(f.id), min(f.valid_from), case when count(*) = count(f.valid_to) then max(f.valid_to) end, "
				+ "sum(f.amount) from indicator_fact f" + where
				+ " group by f.distinct_key order by min(f.valid_from), min(f.title), f.distinct_key limit :size offset :offset")
			.params(params)
			.query((ResultSet rs) -> {
				lines.put(rs.getLong(1), new Line(rs.getObject(2, LocalDate.class), rs.getObject(3, LocalDate.class),
						rs.getBigDecimal(4)));
			});
		List<IndicatorRecord> items = new ArrayList<>();
		if (!lines.isEmpty()) {
			Map<Long, IndicatorRecord> labels = new HashMap<>();
			jdbc.sql("select id, record_type, record_id, title, subtitle, organization_name, link from indicator_fact where id in (:ids)")
				.param("ids", lines.keySet())
				.query((ResultSet rs) -> {
					Line line = lines.get(rs.getLong(1));
					labels.put(rs.getLong(1), new IndicatorRecord(rs.getString(2), rs.getLong(3), rs.getString(4), rs.getString(5),
							rs.getString(6), line.from(), line.to(), line.amount(), rs.getString(7)));
				});
			lines.keySet().forEach(id -> items.add(labels.get(id)));
		}
		return new PageResult<>(items, pageNumber, size, total);
	}

	private record Line(LocalDate from, LocalDate to, BigDecimal amount) {
	}

	/** One drill-down line per fact (a sum: the amounts add up to the value), by day, title and id. */
	PageResult<IndicatorRecord> factRecords(String code, Subtrees.Part part, Period dates, long offset, int size, int pageNumber) {
		Map<String, Object> params = new HashMap<>();
		params.put("code", code);
		String where = " where f.code = :code" + scope(part, "s", params) + dated(dates, "d", params);
		long total = jdbc.sql("select count(*) from indicator_fact f" + where).params(params).query(Long.class).single();
		params.put("size", size);
		params.put("offset", offset);
		List<IndicatorRecord> items = jdbc.sql("select f.record_type, f.record_id, f.title, f.subtitle, f.organization_name, "
				+ "f.valid_from, f.valid_to, f.amount, f.link from indicator_fact f" + where
				+ " order by f.valid_from, f.title, f.id limit :size offset :offset")
			.params(params)
			.query((rs, n) -> record(rs))
			.list();
		return new PageResult<>(items, pageNumber, size, total);
	}

	/** Every line, page by page, for an export. */
	void eachRecord(boolean distinct, String code, Subtrees.Part part, Period dates, Consumer<IndicatorRecord> each) {
		int size = 1_000;
		for (long offset = 0;; offset += size) {
			PageResult<IndicatorRecord> page = distinct ? distinctRecords(code, part, dates, offset, size, 0)
					: factRecords(code, part, dates, offset, size, 0);
			page.items().forEach(each);
			if (offset + size >= page.total()) {
				return;
			}
		}
	}

	private static IndicatorRecord record(ResultSet rs) throws SQLException {
		return new IndicatorRecord(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
				rs.getObject(6, LocalDate.class), rs.getObject(7, LocalDate.class), rs.getBigDecimal(8), rs.getString(9));
	}

	/** A fact overlaps the dates: it starts by their last day and does not end before their first. */
	private static String dated(Period dates, String name, Map<String, Object> params) {
		params.put(name + "From", dates.from());
		params.put(name + "To", dates.to());
		return " and f.valid_from <= :" + name + "To and (f.valid_to is null or f.valid_to >= :" + name + "From)";
	}

	private static String scope(Subtrees.Part part, String name, Map<String, Object> params) {
		return callerOnly(part.caller(), name + "c", params) + subtreeOnly(part, name + "t", params);
	}

	private static String callerOnly(DataScope caller, String name, Map<String, Object> params) {
		return condition(caller, name, params);
	}

	private static String subtreeOnly(Subtrees.Part part, String name, Map<String, Object> params) {
		return part.subtree() == null ? "" : condition(part.subtree(), name, params);
	}

	private static String condition(DataScope scope, String name, Map<String, Object> params) {
		ScopeSql.Condition c = ScopeSql.of(scope, name)
			.organizations("f.organization_id", "f.other_organization_id")
			.divisions("f.division_code", "f.other_division_code")
			.condition();
		params.putAll(c.params());
		return c.and();
	}

	static PageRequest page(PageRequest request) {
		return request == null ? PageRequest.of(0, null) : request;
	}
}

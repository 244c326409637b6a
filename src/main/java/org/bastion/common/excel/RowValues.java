package org.bastion.common.excel;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The cells of one data row, by column header, with typed getters that record an
 * {@link ImportProblem} in the report instead of throwing.
 * <p>
 * Every getter returns {@code null} for a blank cell and for a value it cannot read; a blank cell
 * in a column declared {@link XlsxColumn#required() required} records {@code 必填}. Asking for a
 * header that is not one of the declared columns is a programming error and throws
 * {@link IllegalArgumentException}.
 */
public final class RowValues {

	static final String REQUIRED = "必填";

	private static final Pattern SEPARATED_DATE = Pattern
			.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?(?:[ T]\\d{1,2}:\\d{2}(?::\\d{2})?)?");
	private static final Pattern COMPACT_DATE = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");

	private final int row;
	private final Map<String, String> cells;
	private final Map<String, XlsxColumn> columns = new LinkedHashMap<>();
	private final ImportReport report;

	/**
	 * @param row the 1-based Excel row number, used in problems
	 * @param cells trimmed cell texts by column header; a column absent from the file may be missing
	 * @param columns the declared columns
	 * @param report where problems go
	 */
	public RowValues(int row, Map<String, String> cells, Collection<XlsxColumn> columns, ImportReport report) {
		this.row = row;
		this.cells = Map.copyOf(cells);
		columns.forEach(c -> this.columns.put(c.header(), c));
		this.report = report;
	}

	/** The 1-based Excel row number, as the clerk sees it. */
	public int row() {
		return row;
	}

	/** The trimmed text, or {@code null} when blank. */
	public String text(String column) {
		String value = cells.getOrDefault(declared(column).header(), "");
		if (value.isEmpty()) {
			if (declared(column).isRequired()) {
				problem(column, REQUIRED);
			}
			return null;
		}
		return value;
	}

	/** The trimmed text; records {@code 必填} when blank even if the column is optional in general. */
	public String requiredText(String column) {
		String value = text(column);
		if (value == null) {
			problem(column, REQUIRED);
		}
		return value;
	}

	/**
	 * A date written as 2024-01-05, 2024/1/5, 2024.1.5, 2024年1月5日 or 20240105, or an Excel date
	 * cell. A time after the date is ignored.
	 */
	public LocalDate date(String column) {
		String value = text(column);
		if (value == null) {
			return null;
		}
		Matcher m = SEPARATED_DATE.matcher(value);
		if (!m.matches()) {
			m = COMPACT_DATE.matcher(value);
		}
		if (!m.matches()) {
			problem(column, "日期格式应为 2024-01-05");
			return null;
		}
		try {
			return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
		}
		catch (DateTimeException ex) {
			problem(column, "日期不存在");
			return null;
		}
	}

	/** A whole number; {@code 12.0} is read as 12, {@code 12.5} is refused. */
	public Integer integer(String column) {
		String value = text(column);
		if (value == null) {
			return null;
		}
		try {
			return new BigDecimal(value).intValueExact();
		}
		catch (NumberFormatException | ArithmeticException ex) {
			problem(column, "应为整数");
			return null;
		}
	}

	/**
	 * The value whose Chinese label the cell holds, e.g. an enum by {@code Map.of("男", MALE, "女", FEMALE)};
	 * an unknown label records the allowed ones. Pass an ordered map to list them in order.
	 */
	public <E> E oneOf(String column, Map<String, ? extends E> byLabel) {
		String value = text(column);
		if (value == null) {
			return null;
		}
		E found = byLabel.get(value);
		if (found == null) {
			problem(column, "应为以下之一：" + String.join("/", byLabel.keySet()));
		}
		return found;
	}

	/** Records a problem found by the caller, such as {@code 身份证号校验位错误}. */
	public void problem(String column, String reason) {
		report.add(row, column, reason);
	}

	/** How many problems the whole file has so far, this row's among them. */
	public int problemsSoFar() {
		return report.problemCount();
	}

	/** Whether this row has any problem so far, so that the caller can skip building it. */
	public boolean hasProblems() {
		return report.hasProblemsIn(row);
	}

	private XlsxColumn declared(String column) {
		XlsxColumn declared = columns.get(column);
		if (declared == null) {
			throw new IllegalArgumentException("no such column: " + column + " (declared: " + columns.keySet() + ")");
		}
		return declared;
	}

	@Override
	public String toString() {
		return "row " + row + " " + cells;
	}
}

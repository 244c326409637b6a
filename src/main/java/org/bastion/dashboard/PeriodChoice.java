package org.bastion.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bastion.common.DomainException;
import org.bastion.common.Period;

/**
 * The period a dashboard, an indicator page or a report is read for, as the pages pick it: a year
 * ({@code 2026}), a quarter ({@code 2026-Q4}) or a month ({@code 2026-12}) — the value of the {@code period}
 * parameter, so that a link or a bookmark keeps it. Blank is this year by the county clock.
 *
 * @param value the parameter's value
 * @param label how it reads in Chinese: 2026年, 2026年第四季度, 2026年12月
 */
public record PeriodChoice(String value, String label, Period period) {

	private static final Pattern YEAR = Pattern.compile("(\\d{4})");
	private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
	private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
	private static final String[] QUARTERS = {"一", "二", "三", "四"};

	/** The choice of a {@code period} parameter; blank → this year; anything else → {@code period.choice} (400). */
	public static PeriodChoice parse(String value, Clock clock) {
		if (value == null || value.isBlank()) {
			return year(LocalDate.now(clock).getYear());
		}
		String v = value.strip();
		Matcher m;
		if ((m = YEAR.matcher(v)).matches()) {
			return year(Integer.parseInt(m.group(1)));
		}
		if ((m = QUARTER.matcher(v)).matches()) {
			return quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
		}
		if ((m = MONTH.matcher(v)).matches() && Integer.parseInt(m.group(2)) >= 1 && Integer.parseInt(m.group(2)) <= 12) {
			return month(YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
		}
		// the message itself, not only the field's, so that the error page says what is wrong
		throw new DomainException(DomainException.Kind.INVALID, "dashboard.period.invalid",
				List.of(new DomainException.FieldFault("period", "dashboard.period.invalid", v)), v);
	}

	/**
	 * The choice for an API's {@code from}/{@code to} (ISO dates; see {@link Period#parse}): named as a year,
	 * quarter or month when it is one, else 2026-01-05至2026-03-10.
	 */
	public static PeriodChoice of(Period period) {
		LocalDate from = period.from();
		LocalDate to = period.to();
		if (from.getDayOfMonth() == 1 && to.equals(YearMonth.from(to).atEndOfMonth())) {
			if (from.getDayOfYear() == 1 && to.getMonthValue() == 12 && from.getYear() == to.getYear()) {
				return year(from.getYear());
			}
			if (from.getYear() == to.getYear() && from.getMonthValue() % 3 == 1
					&& to.getMonthValue() == from.getMonthValue() + 2) {
				return quarter(from.getYear(), (from.getMonthValue() + 2) / 3);
			}
			if (YearMonth.from(from).equals(YearMonth.from(to))) {
				return month(YearMonth.from(from));
			}
		}
		return new PeriodChoice(null, from + "至" + to, period);
	}

	static PeriodChoice year(int year) {
		return new PeriodChoice(String.valueOf(year), year + "年", Period.year(year));
	}

	static PeriodChoice quarter(int year, int quarter) {
		return new PeriodChoice(year + "-Q" + quarter, year + "年第" + QUARTERS[quarter - 1] + "季度",
				Period.quarter(year, quarter));
	}

	static PeriodChoice month(YearMonth month) {
		return new PeriodChoice(String.format("%d-%02d", month.getYear(), month.getMonthValue()),
				month.getYear() + "年" + month.getMonthValue() + "月", Period.month(month));
	}

	/** The months to chart for this period: its months, but none after the county's current month. */
	public List<YearMonth> chartedMonths(Clock clock) {
		YearMonth now = YearMonth.now(clock);
		List<YearMonth> months = new ArrayList<>();
		for (YearMonth m : period.months()) {
			if (!m.isAfter(now)) {
				months.add(m);
			}
		}
		return months.isEmpty() ? List.of(YearMonth.from(period.from())) : months;
	}

	/**
	 * What the period picker offers, grouped: this year and the two before it (年度), this year's quarters and
	 * months up to now (季度, 月度), and last year's too in January, so that a new year starts with last
	 * December at hand. The current choice is among them even when it is older.
	 */
	public static List<OptionGroup> options(PeriodChoice current, Clock clock) {
		YearMonth now = YearMonth.now(clock);
		List<Option> options = new ArrayList<>();
		for (int y = now.getYear(); y > now.getYear() - 3; y--) {
			options.add(new Option("year", year(y), current));
		}
		YearMonth first = now.getMonthValue() == 1 ? now.minusMonths(12) : YearMonth.of(now.getYear(), 1);
		for (YearMonth m = now; !m.isBefore(first); m = m.minusMonths(1)) {
			if (m.getMonthValue() % 3 == 0 || m.equals(now)) {
				options.add(new Option("quarter", quarter(m.getYear(), (m.getMonthValue() + 2) / 3), current));
			}
		}
		for (YearMonth m = now; !m.isBefore(first); m = m.minusMonths(1)) {
			options.add(new Option("month", month(m), current));
		}
		if (current.value() != null && options.stream().noneMatch(Option::selected)) {
			options.add(new Option(current.value().contains("Q") ? "quarter" : current.value().length() == 4 ? "year"
					: "month", current, current));
		}
		return List.of("year", "quarter", "month").stream()
			.map(g -> new OptionGroup(g, options.stream().filter(o -> o.group().equals(g)).toList()))
			.toList();
	}

	/** The options of one group of the picker (year, quarter or month), newest first. */
	public record OptionGroup(String group, List<Option> options) {
	}

	/** One entry of the period picker; {@code group} is year, quarter or month. */
	public record Option(String group, String value, String label, boolean selected) {

		Option(String group, PeriodChoice choice, PeriodChoice current) {
			this(group, choice.value(), choice.label(), choice.value().equals(current.value()));
		}
	}
}

package org.bastion.common;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * A reporting period (统计期间): the days {@code from} to {@code to}, both included. A record with a
 * validity interval counts in a period when the interval overlaps it; a stock ("as of") figure is
 * read on the period's last day. Refusals are {@link DomainException}s with the field at fault
 * ({@code period.reversed}, {@code period.date}).
 */
public record Period(LocalDate from, LocalDate to) {

	/** The longest period accepted from a request, so that a typo cannot ask for centuries. */
	public static final int MAX_YEARS = 50;

	public Period {
		if (from == null || to == null) {
			throw DomainException.invalidField(from == null ? "from" : "to", "period.missing");
		}
		if (to.isBefore(from)) {
			throw DomainException.invalidField("to", "period.reversed", from, to);
		}
		if (from.plusYears(MAX_YEARS).isBefore(to)) {
			throw DomainException.invalidField("to", "period.tooLong", MAX_YEARS);
		}
	}

	public static Period of(LocalDate from, LocalDate to) {
		return new Period(from, to);
	}

	public static Period year(int year) {
		return new Period(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
	}

	/** Quarter 1–4 of a year. */
	public static Period quarter(int year, int quarter) {
		if (quarter < 1 || quarter > 4) {
			throw DomainException.invalidField("quarter", "period.quarter", quarter);
		}
		YearMonth first = YearMonth.of(year, quarter * 3 - 2);
		return new Period(first.atDay(1), first.plusMonths(2).atEndOfMonth());
	}

	public static Period month(YearMonth month) {
		return new Period(month.atDay(1), month.atEndOfMonth());
	}

	/** A single day, e.g. a stock figure as of that day. */
	public static Period day(LocalDate day) {
		return new Period(day, day);
	}

	/** The default period: this year by the county clock. */
	public static Period thisYear(Clock clock) {
		return year(LocalDate.now(clock).getYear());
	}

	/**
	 * The period of a request's {@code from}/{@code to} (ISO dates, either may be blank): both blank →
	 * this year by the county clock; only {@code from} → to the end of its year; only {@code to} → from
	 * the start of its year.
	 */
	public static Period parse(String from, String to, Clock clock) {
		LocalDate start = date("from", from);
		LocalDate end = date("to", to);
		if (start == null && end == null) {
			return thisYear(clock);
		}
		if (start == null) {
			start = end.withDayOfYear(1);
		}
		if (end == null) {
			end = start.withMonth(12).withDayOfMonth(31);
		}
		return new Period(start, end);
	}

	private static LocalDate date(String field, String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeException e) {
			throw DomainException.invalidField(field, "period.date", text);
		}
	}

	/** Whether a validity interval ({@code until} null = open) shares at least one day with this period. */
	public boolean overlaps(LocalDate since, LocalDate until) {
		return !since.isAfter(to) && (until == null || !until.isBefore(from));
	}

	public boolean contains(LocalDate day) {
		return !day.isBefore(from) && !day.isAfter(to);
	}

	/** The months the period touches, first to last. */
	public List<YearMonth> months() {
		List<YearMonth> months = new ArrayList<>();
		for (YearMonth m = YearMonth.from(from); !m.isAfter(YearMonth.from(to)); m = m.plusMonths(1)) {
			months.add(m);
		}
		return months;
	}
}

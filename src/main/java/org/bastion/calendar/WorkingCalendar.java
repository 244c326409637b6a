package org.bastion.calendar;

import java.time.LocalDate;
import java.util.List;

/**
 * Working days by the official calendar: Monday to Friday unless a holiday, Saturday and Sunday
 * only when a make-up working day.
 */
public interface WorkingCalendar {

	boolean isWorkingDay(LocalDate day);

	/**
	 * The day on which a period of {@code workingDays} working days that starts on {@code start}
	 * ends. The start counts as the first day when it is a working day; otherwise the period begins
	 * on the next working day.
	 */
	LocalDate endOfPeriod(LocalDate start, int workingDays);

	/** Working days from {@code from} to {@code to}, both included. */
	int workingDaysBetween(LocalDate from, LocalDate to);

	/** The holidays and make-up days recorded for a year, by date. */
	List<OfficialDay> officialDays(int year);

	/** Whether the calendar has any entry for the year (the State Council publishes each November). */
	boolean knowsYear(int year);
}

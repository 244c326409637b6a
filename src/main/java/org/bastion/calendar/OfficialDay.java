package org.bastion.calendar;

import java.time.LocalDate;

/** A day that differs from the ordinary week: a holiday on a weekday, or a weekend day worked (调休上班). */
public record OfficialDay(LocalDate day, Kind kind, String festival) {

	public enum Kind {
		/** 放假: a day off even if a weekday */
		HOLIDAY,
		/** 调休上班: a Saturday or Sunday that is a working day */
		WORKDAY
	}
}

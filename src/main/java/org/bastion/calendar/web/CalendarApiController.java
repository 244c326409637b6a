package org.bastion.calendar.web;

import java.time.LocalDate;
import java.util.List;

import org.bastion.calendar.OfficialDay;
import org.bastion.calendar.WorkingCalendar;
import org.bastion.common.DomainException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/calendar")
@Tag(name = "calendar", description = "工作日历 official working days")
class CalendarApiController {

	/** When a period of working days that starts on a day ends. */
	record PeriodJson(LocalDate start, int workingDays, LocalDate end) {
	}

	private final WorkingCalendar calendar;

	CalendarApiController(WorkingCalendar calendar) {
		this.calendar = calendar;
	}

	@GetMapping("/{year}")
	@Operation(summary = "The year's holidays and make-up working days")
	List<OfficialDay> year(@PathVariable int year) {
		return calendar.officialDays(year);
	}

	@GetMapping("/period")
	@Operation(summary = "The end of a period of working days, e.g. a 5-working-day public notice; 409 when it reaches a year the calendar has no entries for")
	PeriodJson period(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate start,
			@RequestParam int workingDays) {
		requireKnown(start.getYear());
		LocalDate end = calendar.endOfPeriod(start, workingDays);
		for (int year = start.getYear() + 1; year <= end.getYear(); year++) {
			requireKnown(year);
		}
		return new PeriodJson(start, workingDays, end);
	}

	/** A year without its holidays recorded would count New Year's Day as a working day: refused, as public notices are. */
	private void requireKnown(int year) {
		if (!calendar.knowsYear(year)) {
			throw DomainException.conflict("calendar.yearUnknown", String.valueOf(year));
		}
	}
}

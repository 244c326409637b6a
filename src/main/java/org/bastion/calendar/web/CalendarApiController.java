package org.bastion.calendar.web;

import java.time.LocalDate;
import java.util.List;

import org.bastion.calendar.OfficialDay;
import org.bastion.calendar.WorkingCalendar;
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
	@Operation(summary = "The end of a period of working days, e.g. a 5-working-day public notice")
	PeriodJson period(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate start,
			@RequestParam int workingDays) {
		return new PeriodJson(start, workingDays, calendar.endOfPeriod(start, workingDays));
	}
}

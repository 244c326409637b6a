package org.bastion.calendar.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.bastion.calendar.OfficialDay;
import org.bastion.calendar.WorkingCalendar;
import org.bastion.common.DomainException;
import org.bastion.common.audit.AuditEvent;
import org.bastion.common.security.Authorities;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Working days per the State Council's yearly 部分节假日安排 notices. */
@Service
class OfficialCalendar implements WorkingCalendar {

	private static final int LONGEST_PERIOD = 366;

	private static final String ENTITY = "official_day";
	private static final String WRITE = "hasAuthority('" + Authorities.CALENDAR_WRITE + "')";

	private final OfficialDayRepository days;
	private final ApplicationEventPublisher events;

	OfficialCalendar(OfficialDayRepository days, ApplicationEventPublisher events) {
		this.days = days;
		this.events = events;
	}

	@Override
	public boolean isWorkingDay(LocalDate day) {
		return days.find(day).map(d -> d.kind() == OfficialDay.Kind.WORKDAY).orElseGet(() -> isWeekday(day));
	}

	private static boolean isWeekday(LocalDate day) {
		return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
	}

	@Override
	public LocalDate endOfPeriod(LocalDate start, int workingDays) {
		if (workingDays < 1 || workingDays > LONGEST_PERIOD) {
			throw DomainException.invalidField("workingDays", "calendar.period.invalid", LONGEST_PERIOD);
		}
		LocalDate day = start;
		int counted = isWorkingDay(day) ? 1 : 0;
		while (counted < workingDays) {
			day = day.plusDays(1);
			if (isWorkingDay(day)) {
				counted++;
			}
		}
		return day;
	}

	@Override
	public int workingDaysBetween(LocalDate from, LocalDate to) {
		int count = 0;
		for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
			if (isWorkingDay(day)) {
				count++;
			}
		}
		return count;
	}

	@Override
	public List<OfficialDay> officialDays(int year) {
		return days.list(year);
	}

	@Override
	public boolean knowsYear(int year) {
		return !days.year(year).isEmpty();
	}

	/**
	 * Records a holiday or make-up day; a holiday must not be a weekend day and a make-up day must be
	 * one. Needs {@value Authorities#CALENDAR_WRITE}; recorded in the audit trail.
	 */
	@Transactional
	@PreAuthorize(WRITE)
	public void record(OfficialDay day) {
		boolean weekend = !isWeekday(day.day());
		if (day.kind() == OfficialDay.Kind.WORKDAY && !weekend) {
			throw DomainException.invalidField("day", "calendar.workday.notWeekend");
		}
		if (day.festival() == null || day.festival().isBlank() || day.festival().length() > 50) {
			throw DomainException.invalidField("festival", "calendar.festival.required");
		}
		Optional<OfficialDay> before = days.find(day.day());
		days.save(day);
		events.publishEvent(before.isPresent()
				? AuditEvent.updated(ENTITY, day.day(), fields(before.get()), fields(day))
				: AuditEvent.created(ENTITY, day.day(), fields(day)));
	}

	/** Removes a recorded day. Needs {@value Authorities#CALENDAR_WRITE}; recorded in the audit trail. */
	@Transactional
	@PreAuthorize(WRITE)
	public void remove(LocalDate day) {
		Optional<OfficialDay> before = days.find(day);
		if (!days.delete(day)) {
			throw DomainException.notFound("calendar.day", day);
		}
		events.publishEvent(AuditEvent.deleted(ENTITY, day, before.map(OfficialCalendar::fields).orElse(Map.of())));
	}

	private static Map<String, Object> fields(OfficialDay day) {
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("day", day.day());
		fields.put("kind", day.kind());
		fields.put("festival", day.festival());
		return fields;
	}
}

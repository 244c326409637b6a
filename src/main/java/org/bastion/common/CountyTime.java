package org.bastion.common;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;

import org.springframework.stereotype.Component;

/**
 * The one way a date or time is shown to people — pages ({@code ${@countyTime.dateTime(x)}}), Excel
 * cells, the audit pages — in the county's zone (the county clock's) with one pattern each. An
 * {@link Instant}, {@link OffsetDateTime} or {@link ZonedDateTime} is a moment and is moved into the
 * county's zone; a {@link LocalDateTime} is already the county's wall-clock time (every such column is
 * written with {@code LocalDateTime.now(clock)}) and is shown as it is. {@code null} shows as "".
 * Machine formats (API JSON, form values other than the month, the audit hash) are not display and
 * stay ISO 8601.
 */
@Component("countyTime")
public class CountyTime {

	public static final String DATE = "yyyy-MM-dd";

	public static final String DATE_TIME = "yyyy-MM-dd HH:mm";

	/** For the audit, where the second a change happened matters. */
	public static final String DATE_TIME_SECONDS = "yyyy-MM-dd HH:mm:ss";

	/** The same in both languages, and the value an {@code <input type="month">} takes. */
	public static final String MONTH = "yyyy-MM";

	private static final DateTimeFormatter DATE_FORMAT = DateTimeFormatter.ofPattern(DATE);

	private static final DateTimeFormatter DATE_TIME_FORMAT = DateTimeFormatter.ofPattern(DATE_TIME);

	private static final DateTimeFormatter DATE_TIME_SECONDS_FORMAT = DateTimeFormatter.ofPattern(DATE_TIME_SECONDS);

	private static final DateTimeFormatter MONTH_FORMAT = DateTimeFormatter.ofPattern(MONTH);

	private final ZoneId zone;

	public CountyTime(Clock clock) {
		this.zone = clock.getZone();
	}

	/** 2026-12-04 */
	public String date(TemporalAccessor value) {
		return format(DATE_FORMAT, value);
	}

	/** 2026-12-04 00:30 */
	public String dateTime(TemporalAccessor value) {
		return format(DATE_TIME_FORMAT, value);
	}

	/** 2026-12-04 00:30:15 */
	public String dateTimeSeconds(TemporalAccessor value) {
		return format(DATE_TIME_SECONDS_FORMAT, value);
	}

	/** 2026-12 */
	public String month(TemporalAccessor value) {
		return format(MONTH_FORMAT, value);
	}

	/** The county's wall-clock time of a moment, for an Excel date cell; a local value as it is. */
	public LocalDateTime local(TemporalAccessor value) {
		TemporalAccessor county = inCounty(value);
		return county == null ? null : LocalDateTime.from(county);
	}

	private String format(DateTimeFormatter format, TemporalAccessor value) {
		return value == null ? "" : format.format(inCounty(value));
	}

	private TemporalAccessor inCounty(TemporalAccessor value) {
		if (value instanceof Instant instant) {
			return instant.atZone(zone);
		}
		if (value instanceof OffsetDateTime offset) {
			return offset.atZoneSameInstant(zone);
		}
		if (value instanceof ZonedDateTime zoned) {
			return zoned.withZoneSameInstant(zone);
		}
		return value;
	}
}

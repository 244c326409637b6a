package org.bastion.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.Test;

class PeriodTests {

	private final Clock clock = Clock.fixed(ZonedDateTime.of(2026, 12, 31, 23, 30, 0, 0, ZoneId.of("Asia/Shanghai")).toInstant(),
			ZoneId.of("Asia/Shanghai"));

	@Test
	void theDefaultPeriodIsThisYearByTheCountyClock() {
		assertThat(Period.parse(null, " ", clock)).isEqualTo(Period.year(2026));
	}

	@Test
	void aMissingEndRunsToTheEndOfTheStartsYearAndTheOtherWayRound() {
		assertThat(Period.parse("2025-04-01", null, clock)).isEqualTo(Period.of(LocalDate.of(2025, 4, 1), LocalDate.of(2025, 12, 31)));
		assertThat(Period.parse("", "2025-04-30", clock)).isEqualTo(Period.of(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 4, 30)));
	}

	@Test
	void quartersAndMonthsAreWholeCalendarUnits() {
		assertThat(Period.quarter(2026, 1)).isEqualTo(Period.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31)));
		assertThat(Period.month(YearMonth.of(2024, 2)).to()).isEqualTo(LocalDate.of(2024, 2, 29));
		assertThat(Period.year(2026).months()).hasSize(12).startsWith(YearMonth.of(2026, 1));
	}

	@Test
	void refusesAReversedPeriodWithTheFieldAtFault() {
		assertThatThrownBy(() -> Period.parse("2026-05-01", "2026-04-30", clock)).isInstanceOfSatisfying(DomainException.class,
				e -> assertThat(e.faults()).extracting(DomainException.FieldFault::messageKey).containsExactly("period.reversed"));
		assertThatThrownBy(() -> Period.parse("2026-13-01", null, clock)).isInstanceOfSatisfying(DomainException.class,
				e -> assertThat(e.faults()).extracting(DomainException.FieldFault::field).containsExactly("from"));
	}

	@Test
	void aPairingEndingTheDayBeforeThePeriodDoesNotOverlapIt() {
		Period year = Period.year(2026);
		assertThat(year.overlaps(LocalDate.of(2024, 1, 1), LocalDate.of(2025, 12, 31))).isFalse();
		assertThat(year.overlaps(LocalDate.of(2024, 1, 1), LocalDate.of(2026, 1, 1))).isTrue();
		assertThat(year.overlaps(LocalDate.of(2027, 1, 1), null)).isFalse();
		assertThat(year.overlaps(LocalDate.of(2020, 1, 1), null)).isTrue();
	}
}

package org.bastion.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.bastion.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class WorkingCalendarTests {

	@Autowired
	WorkingCalendar calendar;
	@Autowired
	MockMvc mvc;

	@Test
	void aFiveDayNoticeStartingBeforeNationalDayEndsAfterTheHolidayCountingTheMakeUpSaturday() {
		// 9-30 (1), holiday 10-01…10-07, 10-08 (2), 10-09 (3), Saturday 10-10 worked (4), Monday 10-12 (5)
		assertThat(calendar.endOfPeriod(LocalDate.of(2026, 9, 30), 5)).isEqualTo(LocalDate.of(2026, 10, 12));
	}

	@Test
	void aMakeUpSaturdayIsAWorkingDayAndAWeekdayHolidayIsNot() {
		assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 10))).isTrue();
		assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 5))).isFalse();
		assertThat(calendar.isWorkingDay(LocalDate.of(2026, 11, 28))).isFalse();
		assertThat(calendar.isWorkingDay(LocalDate.of(2026, 11, 27))).isTrue();
	}

	@Test
	void aPeriodStartingOnAHolidayBeginsOnTheNextWorkingDay() {
		assertThat(calendar.endOfPeriod(LocalDate.of(2026, 10, 3), 1)).isEqualTo(LocalDate.of(2026, 10, 8));
	}

	@Test
	void countsTheWorkingDaysOfAPeriod() {
		assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 9, 30), LocalDate.of(2026, 10, 12))).isEqualTo(5);
	}

	@Test
	@WithMockUser
	void theApiGivesTheEndOfANoticePeriod() throws Exception {
		mvc.perform(get("/api/v1/calendar/period").param("start", "2026-09-30").param("workingDays", "5"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.end").value("2026-10-12"));
		mvc.perform(get("/api/v1/calendar/period").param("start", "2026-09-30").param("workingDays", "0"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("workingDays"));
	}

	@Test
	@WithMockUser
	void theApiRefusesAPeriodReachingAYearTheCalendarDoesNotKnow() throws Exception {
		mvc.perform(get("/api/v1/calendar/period").param("start", "2026-12-30").param("workingDays", "5"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value("工作日历尚无 2027 年的节假日安排，无法计算工作日，请先维护工作日历"));
		mvc.perform(get("/api/v1/calendar/period").param("start", "2027-01-01").param("workingDays", "1"))
			.andExpect(status().isConflict());
	}
}

package org.bastion.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;

import org.bastion.IntegrationTest;
import org.bastion.common.audit.AuditAction;
import org.bastion.common.audit.AuditEvent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
@RecordApplicationEvents
class CalendarSecurityTests {

	@Autowired
	MockMvc mvc;
	@Autowired
	WorkingCalendar calendar;
	@Autowired
	ApplicationEvents events;

	/** A weekday in a year no other test touches. */
	private static LocalDate someWeekday() {
		LocalDate day = LocalDate.of(2090 + ThreadLocalRandom.current().nextInt(9), 3, 1)
			.plusDays(ThreadLocalRandom.current().nextInt(200));
		return day.getDayOfWeek().getValue() > 5 ? day.plusDays(2) : day;
	}

	@Test
	@WithMockUser
	void aSignedInUserReadsTheCalendarButIsOfferedNoChange() throws Exception {
		mvc.perform(get("/calendar").param("year", "2026"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("国庆节")))
			.andExpect(content().string(not(containsString("/calendar/days"))));
	}

	@Test
	@WithMockUser
	void withoutTheCalendarAuthorityRecordingOrRemovingADayIsForbidden() throws Exception {
		LocalDate day = someWeekday();
		mvc.perform(post("/calendar/days").with(csrf()).param("day", day.toString()).param("kind", "HOLIDAY")
				.param("festival", "测试假日")).andExpect(status().isForbidden());
		mvc.perform(post("/calendar/days/delete").with(csrf()).param("day", "2026-10-01")).andExpect(status().isForbidden());

		assertThat(calendar.isWorkingDay(day)).isTrue();
		assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 1))).isFalse();
	}

	@Test
	@WithMockUser(authorities = "calendar:write")
	void recordingAndRemovingADayAreRecordedInTheAuditTrail() throws Exception {
		LocalDate day = someWeekday();
		mvc.perform(post("/calendar/days").with(csrf()).param("day", day.toString()).param("kind", "HOLIDAY")
				.param("festival", "测试假日")).andExpect(status().is3xxRedirection());
		assertThat(calendar.isWorkingDay(day)).isFalse();
		mvc.perform(post("/calendar/days/delete").with(csrf()).param("day", day.toString()).param("confirm", "true"))
			.andExpect(status().is3xxRedirection());

		assertThat(events.stream(AuditEvent.class).filter(e -> day.toString().equals(e.entityId())))
			.extracting(AuditEvent::action).containsExactly(AuditAction.CREATE, AuditAction.DELETE);
		assertThat(calendar.isWorkingDay(day)).isTrue();
	}
}

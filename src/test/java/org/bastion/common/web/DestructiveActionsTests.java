package org.bastion.common.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.bastion.IntegrationTest;
import org.bastion.calendar.WorkingCalendar;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

/**
 * 结束结对, 记录脱贫 and the calendar's 删除 act only when confirmed in a second step that works without scripts;
 * the first post answers with the kit's confirmation page and changes nothing.
 */
@IntegrationTest
class DestructiveActionsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	WorkingCalendar calendar;

	@Test
	@WithMockUser(username = "admin", authorities = {"pairing:read", "pairing:write"})
	void endingAPairingAsksFirstThenEndsItWhenConfirmed() throws Exception {
		long id = jdbc.sql("select min(id) from pairing where status = 'ACTIVE' and kind = 'N_PLUS_ONE'").query(Long.class).single();

		String question = mvc.perform(post("/pairings/pair/{id}/end", id).with(csrf()).param("reason", "干部调离本县"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

		assertThat(question).contains("请确认", "干部调离本县", "name=\"confirm\" value=\"true\"", "class=\"danger\"",
				"href=\"/pairings/pair/" + id + "\"");
		assertThat(pairingStatus(id)).isEqualTo("ACTIVE");

		mvc.perform(post("/pairings/pair/{id}/end", id).with(csrf()).param("reason", "干部调离本县").param("confirm", "true"))
			.andExpect(status().is3xxRedirection());
		assertThat(pairingStatus(id)).isEqualTo("ENDED");
	}

	@Test
	@WithMockUser(username = "admin", authorities = {"pairing:read", "pairing:write"})
	void recordingThatAHouseholdLeftPovertyAsksFirst() throws Exception {
		long id = jdbc.sql("select max(id) from pairing where status = 'ACTIVE' and kind = 'N_PLUS_ONE'").query(Long.class).single();

		String question = mvc.perform(post("/pairings/pair/{id}/exit", id).with(csrf()).param("year", "2025"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

		assertThat(question).contains("请确认", "2025 年脱贫", "name=\"year\" value=\"2025\"");
		assertThat(jdbc.sql("select count(*) from pairing_history where pairing_id = ? and note like '脱贫%'").param(id)
			.query(Long.class).single()).isZero();
	}

	@Test
	@WithMockUser(username = "admin", authorities = {"pairing:read", "pairing:write"})
	void thePairingPagePutsTheVisitFormFirstAndTheDestructiveActionsApart() throws Exception {
		long id = jdbc.sql("select min(id) from pairing where status = 'ACTIVE' and kind = 'N_PLUS_ONE'").query(Long.class).single();

		String page = mvc.perform(get("/pairings/pair/{id}", id)).andReturn().getResponse().getContentAsString();

		assertThat(page).containsSubsequence("/visits\"", "class=\"card destructive\"", "/end\"", "class=\"danger\"");
	}

	@Test
	@WithMockUser(authorities = "calendar:write")
	void removingAnOfficialDayAsksFirst() throws Exception {
		LocalDate day = LocalDate.of(2031, 3, 5);
		mvc.perform(post("/calendar/days").with(csrf()).param("day", day.toString()).param("kind", "HOLIDAY")
			.param("festival", "测试假日")).andExpect(status().is3xxRedirection());

		String question = mvc.perform(post("/calendar/days/delete").with(csrf()).param("day", day.toString()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

		assertThat(question).contains("2031-03-05（测试假日）", "href=\"/calendar?year=2031\"");
		assertThat(calendar.isWorkingDay(day)).isFalse();
		mvc.perform(post("/calendar/days/delete").with(csrf()).param("day", day.toString()).param("confirm", "true"))
			.andExpect(status().is3xxRedirection());
		assertThat(calendar.isWorkingDay(day)).isTrue();
	}

	private String pairingStatus(long pairing) {
		return jdbc.sql("select status from pairing where id = ?").param(pairing).query(String.class).single();
	}
}

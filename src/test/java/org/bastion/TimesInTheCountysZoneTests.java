package org.bastion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * One time, one way: the audit log, a candidate's timeline and a pairing's history show a moment in the county's
 * zone (Asia/Shanghai) with the kit's patterns, never as UTC or raw ISO 8601.
 */
@IntegrationTest
class TimesInTheCountysZoneTests {

	private static final ZoneId COUNTY = ZoneId.of("Asia/Shanghai");
	private static final String DEMO_PASSWORD = "test-Demo-2026";
	private static final String RAW_ISO = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aPairingsHistoryShowsItsMomentsInTheCountysZone() throws Exception {
		long pairing = jdbc.sql("select min(pairing_id) from pairing_history").query(Long.class).single();
		Timestamp at = jdbc.sql("select at from pairing_history where pairing_id = ? order by id").param(pairing)
			.query(Timestamp.class).list().get(0);

		String page = page("county-admin", "/pairings/pair/" + pairing);

		assertThat(page).contains(at.toInstant().atZone(COUNTY).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")))
			.doesNotContainPattern(RAW_ISO).doesNotContain(">system<");
	}

	@Test
	void aCandidatesTimelineShowsTheCountysWallClock() throws Exception {
		long candidate = jdbc.sql("select min(candidate_id) from reserve_step").query(Long.class).single();
		Timestamp doneAt = jdbc.sql("select done_at from reserve_step where candidate_id = ? order by done_at, id")
			.param(candidate).query(Timestamp.class).list().get(0);

		String page = page("county-admin", "/reserve/candidates/" + candidate);

		assertThat(page).contains(doneAt.toLocalDateTime().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")))
			.doesNotContainPattern(RAW_ISO);
	}

	@Test
	void theAuditLogShowsItsMomentsInTheCountysZoneToTheSecond() throws Exception {
		MockHttpSession auditor = session("auditor");
		long newest = jdbc.sql("select max(id) from audit_entry").query(Long.class).single();
		Timestamp occurred = jdbc.sql("select occurred_at from audit_entry where id = ?").param(newest)
			.query(Timestamp.class).single();

		String page = mvc.perform(get("/audit/" + newest).session(auditor)).andReturn().getResponse().getContentAsString();

		assertThat(page).contains(occurred.toInstant().atZone(COUNTY).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")))
			.doesNotContainPattern(RAW_ISO);
	}

	private String page(String username, String path) throws Exception {
		return mvc.perform(get(path).session(session(username))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
	}

	private MockHttpSession session(String username) throws Exception {
		return (MockHttpSession) mvc.perform(post("/login").param("username", username).param("password", DEMO_PASSWORD)
			.with(csrf()).with(r -> {
				r.setRemoteAddr("10.11.0." + (1 + username.length()));
				return r;
			})).andExpect(status().is3xxRedirection()).andReturn().getRequest().getSession();
	}
}

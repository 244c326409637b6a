package org.bastion.platform.web;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.OffsetDateTime;

import org.bastion.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

/** A page shows a stored moment (UTC) in the county's time, in the one date-time format. */
@IntegrationTest
@WithMockUser(username = "time-owner")
class WorkPageTimeTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aWorksStartIsShownInTheCountysTimeToTheMinute() throws Exception {
		OffsetDateTime started = OffsetDateTime.parse("2026-12-03T16:30:15Z");
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into platform_work (kind, work_key, title, owner_username, state, started_at, touched_at, ended_at)
				values ('test.time', 'k', '时间测试', 'time-owner', 'DONE', :at, :at, :at)""")
			.param("at", started).update(key, "id");

		mvc.perform(get("/work/{id}", key.getKey().longValue()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("2026-12-04 00:30"), not(containsString("00:30:15")))));
	}
}

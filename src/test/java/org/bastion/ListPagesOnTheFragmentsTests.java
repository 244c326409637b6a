package org.bastion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The lists moved onto the list-page fragments (docs/platform.md, List pages): filters folded behind one
 * button on a phone, a numbered pager at the top and at the bottom.
 */
@IntegrationTest
class ListPagesOnTheFragmentsTests {

	private static final String FILTERS = "<details class=\"list-filters\" open data-fold-on-phone>";

	@Autowired
	MockMvc mvc;

	@Test
	@WithMockUser(username = "admin", authorities = "user:manage")
	void theUsersListFindsByUsernameWithAPagerAtTheTopAndTheBottom() throws Exception {
		String html = page("/admin/users?q=anle-admin");
		assertThat(html).contains(FILTERS, "anle-admin", "共 1 条，第 1/1 页").doesNotContain("cuijiang-admin");
		assertThat(pagers(html)).isEqualTo(2);
	}

	@Test
	@WithMockUser(username = "admin", authorities = "person:read")
	void theWorkListFiltersByStateWithAPagerAtTheTopAndTheBottom() throws Exception {
		String html = page("/work?state=FAILED");
		assertThat(html).contains(FILTERS, "<option value=\"FAILED\" selected=\"selected\">");
		assertThat(pagers(html)).isEqualTo(2);
	}

	@Test
	@WithMockUser(username = "admin", authorities = {"selection:read", "indicator:read"})
	void theReservePoolAndNoticesHaveAPagerAtTheTopAndTheBottom() throws Exception {
		String pool = page("/reserve/pool?state=INSPECTED");
		assertThat(pool).contains(FILTERS);
		assertThat(pagers(pool)).isEqualTo(2);
		assertThat(pagers(page("/reserve/notices"))).isEqualTo(2);
	}

	@Test
	@WithMockUser(username = "admin", authorities = {"selection:read", "indicator:read"})
	void theReserveRoundsHaveAPagerAtTheTopAndTheBottom() throws Exception {
		assertThat(pagers(page("/reserve?from=2026-01-01&to=2026-06-30"))).isEqualTo(2);
	}

	@Test
	@WithMockUser(username = "admin", authorities = {"selection:read", "indicator:read"})
	void theReserveClassesAndShadowingPlansHaveAPagerAtTheTopAndTheBottom() throws Exception {
		assertThat(pagers(page("/reserve/classes"))).isEqualTo(2);
		String plans = page("/reserve/plans");
		assertThat(pagers(plans)).isEqualTo(2);
		assertThat(plans).contains("<table class=\"list\">");
	}

	@Test
	@WithMockUser
	void theCalendarFiltersByYearAndShowsTheWholeYearOnOnePage() throws Exception {
		assertThat(page("/calendar?year=2026")).contains(FILTERS, "name=\"year\"", "value=\"2026\"", "国庆节");
	}

	@Test
	@WithMockUser(username = "admin", authorities = {"pairing:read", "indicator:read"})
	void pairingsSolverRunsHaveAPagerAtTheTopAndTheBottomAndTheOverviewsPeriodFoldsOnAPhone() throws Exception {
		assertThat(pagers(page("/pairings/n-plus-one/runs"))).isEqualTo(2);
		assertThat(page("/pairings")).contains(FILTERS);
	}

	private String page(String url) throws Exception {
		return mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private static int pagers(String html) {
		return html.split(Pattern.quote("<nav class=\"pager\""), -1).length - 1;
	}
}

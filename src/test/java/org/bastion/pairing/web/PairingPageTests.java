package org.bastion.pairing.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import org.bastion.IntegrationTest;
import org.bastion.platform.WorkResults;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@IntegrationTest
@WithMockUser(username = "admin", authorities = {"pairing:read", "pairing:write", "indicator:read"})
class PairingPageTests {

	@Autowired
	MockMvc mvc;

	@Test
	void theOverviewListsEveryKindAndTheFiguresInChinese() throws Exception {
		mvc.perform(get("/pairings"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("党员结穷亲（N+1）")))
			.andExpect(content().string(containsString("结对户数超过名额的干部")));
	}

	@Test
	void aSolverRunPageShowsEachProposalWithItsExplanationAndConfirmsOnePair() throws Exception {
		MvcResult run = mvc.perform(post("/pairings/first-secretary/runs").param("division", "350424105").with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/work/*"))
			.andReturn();
		String page = WorkResults.resultOf(mvc, run);
		assertThat(page).matches("/pairings/run/\\d+");
		mvc.perform(get(page)).andExpect(status().isOk()).andExpect(content().string(containsString("已完成")));
		mvc.perform(post(page + "/proposals/999999/confirm").with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attributeExists("refusal"));
	}

	@Test
	void refusesAManualPairingThatBreaksARuleWithTheRuleNamed() throws Exception {
		mvc.perform(post("/pairings/n-plus-one").param("leftId", "1").param("rightId", "1").with(csrf()));
		mvc.perform(post("/pairings/n-plus-one").param("leftId", "1").param("rightId", "1").with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("refusal", containsString("违反规则")));
	}

	@Test
	void exportsTheFilteredPairingsAsExcel() throws Exception {
		// one township's pairings: under the size at which an export becomes long work
		mvc.perform(get("/pairings/n-plus-one/export.xlsx").param("division", "350424107"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString(".xlsx")));
	}

	@Test
	@WithMockUser(username = "reader", authorities = "person:read")
	void withoutThePairingAuthorityThePagesAreForbidden() throws Exception {
		mvc.perform(get("/pairings")).andExpect(status().isForbidden());
	}

	@Test
	@WithMockUser(username = "admin", authorities = {"pairing:read", "pairing:write", "indicator:read", "person:read", "organization:read"})
	void aPersonsPageShowsTheirPairings() throws Exception {
		mvc.perform(post("/pairings/n-plus-one").param("leftId", "1").param("rightId", "2").with(csrf()));
		String body = mvc.perform(get("/api/v1/pairings").param("kind", "N_PLUS_ONE").param("size", "1"))
			.andReturn().getResponse().getContentAsString();
		long cadre = Long.parseLong(body.replaceAll("(?s).*?\"leftId\":(\\d+).*", "$1"));
		mvc.perform(get("/people/" + cadre))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("结对情况")));
	}
}

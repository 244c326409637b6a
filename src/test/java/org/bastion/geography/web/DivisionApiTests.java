package org.bastion.geography.web;

import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.bastion.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
@WithMockUser
class DivisionApiTests {

	@Autowired
	MockMvc mvc;

	@Test
	void listsACountysTownshipsWithCodeNameAndLevel() throws Exception {
		mvc.perform(get("/api/v1/divisions/350424/children"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(16))
			.andExpect(jsonPath("$[0].code").value("350424100"))
			.andExpect(jsonPath("$[0].name").value("翠江镇"))
			.andExpect(jsonPath("$[0].level").value("TOWNSHIP"))
			.andExpect(jsonPath("$[*].name", hasItem("安乐镇")));
	}

	@Test
	void tellsResidentsCommitteesFromVillageCommittees() throws Exception {
		mvc.perform(get("/api/v1/divisions/350424100/children"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.name == '南街居委会')].committeeKind").value("RESIDENTS"));
	}

	@Test
	void anUnknownCodeIsAProblemDetailNotFound() throws Exception {
		mvc.perform(get("/api/v1/divisions/999999/children"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"));
	}

	@Test
	void anUnknownCodeIsNotFoundInTheReadersLanguage() throws Exception {
		mvc.perform(get("/api/v1/divisions/999999/children"))
			.andExpect(jsonPath("$.detail").value("找不到行政区划：999999"));
	}
}

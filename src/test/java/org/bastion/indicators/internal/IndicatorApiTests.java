package org.bastion.indicators.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.bastion.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** /api/v1/indicators on Ninghua's demo data; the default period is this year by the county clock (2026). */
@IntegrationTest
@WithMockUser(username = "admin", authorities = {"indicator:read", "data:export"})
class IndicatorApiTests {

	@Autowired
	MockMvc mvc;

	final JsonMapper json = JsonMapper.builder().build();

	JsonNode read(String url) throws Exception {
		return json.readTree(mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
	}

	@Test
	void listsEveryValueWithCodeNameUnitAndValueForThisYear() throws Exception {
		JsonNode all = read("/api/v1/indicators");
		assertThat(all.get("from").asString()).isEqualTo("2026-01-01");
		assertThat(all.get("to").asString()).isEqualTo("2026-12-31");
		JsonNode villages = null;
		for (JsonNode v : all.get("indicators")) {
			assertThat(v.has("code") && v.has("name") && v.has("unit") && v.has("value")).as(v.toString()).isTrue();
			if (v.get("code").asString().equals("pairing.branch_village.villages")) {
				villages = v;
			}
		}
		assertThat(villages).isNotNull();
		assertThat(villages.get("name").asString()).isEqualTo("结对帮扶贫困村");
		assertThat(villages.get("value").asInt()).isEqualTo(70);
	}

	@Test
	void oneValueComesWithItsBreakdownAndItsDrillDownTotalEqualsIt() throws Exception {
		JsonNode one = read("/api/v1/indicators/pairing.n1.households?from=2026-01-01&to=2026-12-31");
		long value = one.get("indicator").get("value").asLong();
		assertThat(one.get("breakdown").size()).isPositive();
		JsonNode records = read("/api/v1/indicators/pairing.n1.households/records?from=2026-01-01&to=2026-12-31&size=7");
		assertThat(records.get("totalElements").asLong()).isEqualTo(value);
		assertThat(records.get("content").size()).isEqualTo((int) Math.min(7, value));
	}

	@Test
	void theDrillDownExportHoldsOneRowPerRecord() throws Exception {
		long value = read("/api/v1/indicators/pairing.branch_village.branches").get("indicator").get("value").asLong();
		byte[] xlsx = mvc.perform(get("/api/v1/indicators/pairing.branch_village.branches/records.xlsx")).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			assertThat(book.getSheetAt(0).getLastRowNum()).isEqualTo((int) value);
		}
	}

	@Test
	void anUnknownIndicatorIsNotFoundAndAReversedPeriodIsRefusedNamingTheField() throws Exception {
		mvc.perform(get("/api/v1/indicators/no.such")).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/indicators").param("from", "2026-05-01").param("to", "2026-04-01"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("to"));
	}

	@Test
	@WithMockUser(username = "reader", authorities = "person:read")
	void readingIndicatorsNeedsIndicatorRead() throws Exception {
		mvc.perform(get("/api/v1/indicators")).andExpect(status().isForbidden());
	}
}

package org.bastion.funds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItems;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.Map;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.bastion.IntegrationTest;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.json.JsonMapper;

/** The money ledger through its API and pages; dates in 2026, the demo's default period. */
@IntegrationTest
@WithMockUser(username = "admin", authorities = {"funds:read", "funds:write", "data:export"})
class FundsLedgerTests {

	@Autowired
	MockMvc mvc;
	@Autowired
	JdbcClient jdbc;

	final JsonMapper json = JsonMapper.builder().build();

	private long organ() {
		return jdbc.sql("select min(id) + 9 from party_organization where kind = 'ORGAN_BRANCH'").query(Long.class).single();
	}

	@Test
	void anEnteredPaymentIsReadBackInFenAndChangedOnlyWithItsVersion() throws Exception {
		String created = mvc.perform(post("/api/v1/funds").contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(Map.of("kind", "ALLOWANCE", "amountYuan", "2000.05", "purpose", "人才安家费",
					"payerOrganizationId", organ(), "payeeName", "返乡人才（测试）", "paidOn", "2026-02-10"))))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		long id = json.readTree(created).get("id").asLong();
		mvc.perform(get("/api/v1/funds/" + id)).andExpect(status().isOk()).andExpect(jsonPath("$.amountYuan").value(2000.05))
			.andExpect(jsonPath("$.payeeName").value("返乡人才（测试）"));
		String change = json.writeValueAsString(Map.of("kind", "ALLOWANCE", "amountYuan", "2000.00", "purpose", "人才安家费",
				"payerOrganizationId", organ(), "payeeName", "返乡人才（测试）", "paidOn", "2026-02-10", "version", 0));
		mvc.perform(put("/api/v1/funds/" + id).contentType(MediaType.APPLICATION_JSON).content(change)).andExpect(status().isOk());
		mvc.perform(put("/api/v1/funds/" + id).contentType(MediaType.APPLICATION_JSON).content(change)).andExpect(status().isConflict());
		assertThat(jdbc.sql("select amount_yuan from fund_entry where id = ?").param(id).query(BigDecimal.class).single())
			.isEqualByComparingTo("2000.00");
	}

	@Test
	void aPaymentOfNothingWithThreeDecimalsOrWithoutAnOrganizationIsRefused() throws Exception {
		mvc.perform(post("/api/v1/funds").contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(Map.of("kind", "BONUS", "amountYuan", "0", "purpose", "", "paidOn", "2026-03-01"))))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItems("amountYuan", "purpose", "payeeOrganizationId")));
		mvc.perform(post("/api/v1/funds").contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(Map.of("kind", "BONUS", "amountYuan", "10.005", "purpose", "绩效奖励",
					"payerOrganizationId", organ(), "paidOn", "2026-03-01"))))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("amountYuan"));
	}

	@Test
	void theListShowsTheTotalOfWhatIsFilteredAndTheExportHoldsTheSameEntries() throws Exception {
		BigDecimal assistance = jdbc.sql("select coalesce(sum(amount_yuan), 0) from fund_entry where kind = 'ASSISTANCE'")
			.query(BigDecimal.class).single();
		long entries = jdbc.sql("select count(*) from fund_entry where kind = 'ASSISTANCE'").query(Long.class).single();
		mvc.perform(get("/funds").param("kind", "ASSISTANCE").header("Accept-Language", "zh-CN")).andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString(String.format("%,.2f 元", assistance))));
		byte[] xlsx = mvc.perform(get("/funds/export.xlsx").param("kind", "ASSISTANCE")).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			assertThat(book.getSheetAt(0).getLastRowNum()).isEqualTo((int) entries);
		}
	}

	@Test
	void theFormGivesEveryReasonAtOnceAndKeepsWhatWasTyped() throws Exception {
		mvc.perform(post("/funds/new").with(csrf()).header("Accept-Language", "zh-CN").param("kind", "DUES").param("amountYuan", "一百")
			.param("purpose", "第一季度党费").param("paidOn", "2026-04-01"))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("请填写金额，最多两位小数")))
			.andExpect(content().string(Matchers.containsString("付款方和收款方至少有一方是本系统中的党组织")))
			.andExpect(content().string(Matchers.containsString("value=\"第一季度党费\"")));
	}
}

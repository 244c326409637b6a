package org.bastion.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItems;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.Map;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.bastion.IntegrationTest;
import org.bastion.organization.OrganizationKind;
import org.bastion.organization.OrganizationSearch;
import org.bastion.organization.OrganizationView;
import org.bastion.organization.Organizations;
import org.bastion.common.PageRequest;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The project registry through its API and pages; dates in 2026, the demo's default period. */
@IntegrationTest
@WithMockUser(username = "admin", authorities = {"project:read", "project:write", "data:export"})
class ProjectRegistryTests {

	@Autowired
	MockMvc mvc;
	@Autowired
	Organizations organizations;
	@Autowired
	JdbcClient jdbc;

	final JsonMapper json = JsonMapper.builder().build();

	private OrganizationView village() {
		return organizations.search(new OrganizationSearch(null, OrganizationKind.VILLAGE_BRANCH, null), new PageRequest(0, 50))
			.items().get(17);
	}

	private String body(Map<String, Object> values) {
		return json.writeValueAsString(values);
	}

	@Test
	void aRegisteredProjectIsReadBackChangedWithItsVersionAndRefusedWithAStaleOne() throws Exception {
		OrganizationView v = village();
		String created = mvc.perform(post("/api/v1/projects").contentType(MediaType.APPLICATION_JSON)
			.content(body(Map.of("kind", "INDUSTRY", "name", "测试淮山加工厂", "villageCode", v.divisionCode(), "ownerOrganizationId", v.id(),
					"startsOn", "2026-04-01", "status", "UNDER_WAY", "investmentYuan", "350000.00", "yearlyIncomeGainYuan", "60000"))))
			.andExpect(status().isCreated()).andExpect(header().exists("Location"))
			.andReturn().getResponse().getContentAsString();
		JsonNode project = json.readTree(created);
		long id = project.get("id").asLong();
		mvc.perform(get("/api/v1/projects/" + id)).andExpect(status().isOk()).andExpect(jsonPath("$.name").value("测试淮山加工厂"))
			.andExpect(jsonPath("$.investmentYuan").value(350000.00));
		String change = body(Map.of("kind", "INDUSTRY", "name", "测试淮山加工厂（二期）", "villageCode", v.divisionCode(),
				"ownerOrganizationId", v.id(), "startsOn", "2026-04-01", "endsOn", "2026-11-30", "status", "COMPLETED", "version", 0));
		mvc.perform(put("/api/v1/projects/" + id).contentType(MediaType.APPLICATION_JSON).content(change))
			.andExpect(status().isOk()).andExpect(jsonPath("$.version").value(1)).andExpect(jsonPath("$.status").value("COMPLETED"));
		mvc.perform(put("/api/v1/projects/" + id).contentType(MediaType.APPLICATION_JSON).content(change))
			.andExpect(status().isConflict());
		mvc.perform(get("/api/v1/projects").param("q", "淮山加工厂（二期）")).andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(1));
	}

	@Test
	void aProjectWithoutNameEndingBeforeItStartsOrOutsideAVillageIsRefusedFieldByField() throws Exception {
		OrganizationView v = village();
		mvc.perform(post("/api/v1/projects").contentType(MediaType.APPLICATION_JSON).header("Accept-Language", "zh-CN")
			.content(body(Map.of("kind", "ASSISTANCE", "name", " ", "villageCode", "350424107", "ownerOrganizationId", v.id(),
					"startsOn", "2026-05-01", "endsOn", "2026-04-01", "status", "PLANNED", "investmentYuan", "-1"))))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItems("name", "villageCode", "endsOn", "investmentYuan")));
	}

	@Test
	void theFormShowsWhatWasTypedWithTheReasonsInChinese() throws Exception {
		OrganizationView v = village();
		mvc.perform(post("/projects/new").with(csrf()).header("Accept-Language", "zh-CN").param("kind", "ROAD_LIGHTING")
			.param("name", "村道亮灯工程").param("ownerOrganizationId", Long.toString(v.id())).param("startsOn", "2026-06-01")
			.param("endsOn", "2026-05-01").param("status", "PLANNED").param("investmentYuan", "十万"))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("结束日期不能早于开始日期")))
			.andExpect(content().string(Matchers.containsString("请填写金额，最多两位小数")))
			.andExpect(content().string(Matchers.containsString("value=\"村道亮灯工程\"")));
		long before = jdbc.sql("select count(*) from project").query(Long.class).single();
		mvc.perform(post("/projects/new").with(csrf()).param("kind", "ROAD_LIGHTING").param("name", "村道亮灯工程")
			.param("ownerOrganizationId", Long.toString(v.id())).param("villageCode", v.divisionCode()).param("startsOn", "2026-06-01")
			.param("status", "PLANNED").param("investmentYuan", "100,000.50"))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("select count(*) from project").query(Long.class).single()).isEqualTo(before + 1);
	}

	@Test
	void theListAndItsExportHoldTheSameFilteredProjects() throws Exception {
		mvc.perform(get("/projects").param("kind", "COOPERATIVE")).andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("新成立专业合作社")));
		long cooperatives = jdbc.sql("select count(*) from project where kind = 'COOPERATIVE'").query(Long.class).single();
		byte[] xlsx = mvc.perform(get("/projects/export.xlsx").param("kind", "COOPERATIVE")).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			assertThat(book.getSheetAt(0).getLastRowNum()).isEqualTo((int) cooperatives);
		}
	}
}

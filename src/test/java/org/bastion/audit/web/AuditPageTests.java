package org.bastion.audit.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.bastion.IntegrationTest;
import org.bastion.audit.AuditEntry;
import org.bastion.audit.AuditLog;
import org.bastion.audit.AuditSearch;
import org.bastion.audit.ChainVerification;
import org.bastion.common.PageRequest;
import org.bastion.common.audit.AuditAction;
import org.bastion.common.audit.AuditEvent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@IntegrationTest
class AuditPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	AuditLog log;

	@Test
	@WithMockUser(username = "auditor", authorities = "audit:read")
	void thePageListsEntriesFilteredByTheCriteriaInTheAddress() throws Exception {
		String shown = UUID.randomUUID().toString();
		String hidden = UUID.randomUUID().toString();
		events.publishEvent(AuditEvent.created("grid", shown, Map.of("name", "一网格")));
		events.publishEvent(AuditEvent.created("grid", hidden, Map.of("name", "二网格")));

		mvc.perform(get("/audit").param("entityType", "grid").param("entityId", shown).param("action", "CREATE"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("审计日志"), containsString(shown), not(containsString(hidden)),
					containsString("export.xlsx?action=CREATE&amp;entityType=grid&amp;entityId=" + shown))));
	}

	@Test
	@WithMockUser(username = "auditor", authorities = "audit:read")
	void anEntryShowsBeforeAndAfterSideBySideWithPersonalDataMasked() throws Exception {
		String id = UUID.randomUUID().toString();
		events.publishEvent(AuditEvent.updated("person", id, Map.of("name", "王五"),
				Map.of("name", "王五", "idNumber", "350424199001011234")));
		AuditEntry entry = find(id).get(0);

		mvc.perform(get("/audit/{id}", entry.id()).param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Before"), containsString("After"),
					containsString("350424********1234"), not(containsString("350424199001011234")),
					containsString(entry.hash()))));
	}

	@Test
	@WithMockUser(username = "auditor", authorities = "audit:read")
	void verifyingTheChainReportsItIntact() throws Exception {
		MvcResult result = mvc.perform(post("/audit/verify").with(csrf())).andExpect(redirectedUrl("/audit")).andReturn();

		assertThat((ChainVerification) result.getFlashMap().get("verification")).extracting(ChainVerification::intact)
			.isEqualTo(true);
	}

	@Test
	@WithMockUser(username = "auditor", authorities = "audit:read")
	void aBrokenChainIsShownWithALinkToTheFirstBrokenEntry() throws Exception {
		ChainVerification broken = ChainVerification.broken(41, 42, ChainVerification.Fault.HASH_MISMATCH, 50, "ab");

		mvc.perform(get("/audit").flashAttr("verification", broken))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("哈希链在第 42 条记录处断开"), containsString("记录被修改过"),
					containsString("href=\"/audit/42\""))));
	}

	@Test
	@WithMockUser(username = "auditor", authorities = "audit:read")
	void theExportIsAWorkbookOfTheMatchingEntriesAndIsItselfRecorded() throws Exception {
		String id = UUID.randomUUID().toString();
		events.publishEvent(AuditEvent.deleted("grid", id, Map.of("name", "三网格")));

		byte[] xlsx = mvc.perform(get("/audit/export.xlsx").param("entityId", id))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("attachment")))
			.andReturn().getResponse().getContentAsByteArray();

		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			assertThat(workbook.getSheetAt(0).getLastRowNum()).isEqualTo(1);
			assertThat(workbook.getSheetAt(0).getRow(1).getCell(6).getStringCellValue()).isEqualTo(id);
		}
		List<AuditEntry> exports = log.search(new AuditSearch("auditor", AuditAction.EXPORT, "audit_entry", null, null, null),
				new PageRequest(0, 1)).items();
		assertThat(exports).singleElement().satisfies(e -> assertThat(e.detail()).contains("entityId=" + id));
	}

	@Test
	@WithMockUser(username = "auditor", authorities = "audit:read")
	void theApiSearchesPageByPage() throws Exception {
		String id = UUID.randomUUID().toString();
		events.publishEvent(AuditEvent.created("grid", id, Map.of("name", "四网格", "mobile", "13912345678")));

		mvc.perform(get("/api/v1/audit").param("entityId", id))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.items[0].action").value("CREATE"))
			.andExpect(jsonPath("$.items[0].after.mobile").value("139****5678"));
	}

	@Test
	void aFailedSignInIsRecordedWithTheNameTriedAndNoPassword() throws Exception {
		long before = newestId();

		mvc.perform(formLogin("/login").user("admin").password("wrong-password"))
			.andExpect(redirectedUrl("/login?error"));

		List<AuditEntry> failures = log.search(new AuditSearch("admin", AuditAction.SIGN_IN_FAILED, null, null, null, null),
				new PageRequest(0, 1)).items();
		assertThat(failures).singleElement().satisfies(e -> {
			assertThat(e.id()).isGreaterThan(before);
			assertThat(e.sourceAddress()).isEqualTo("127.0.0.1");
			assertThat(e.detail()).isEqualTo("BadCredentialsException").doesNotContain("wrong-password");
		});
	}

	@Test
	void aSignInIsRecorded() throws Exception {
		long before = newestId();

		mvc.perform(formLogin("/login").user("admin").password("test-Admin-2026")).andExpect(redirectedUrl("/"));

		assertThat(log.search(new AuditSearch("admin", AuditAction.SIGN_IN, null, null, null, null), new PageRequest(0, 1))
			.items()).singleElement().satisfies(e -> assertThat(e.id()).isGreaterThan(before));
	}

	@Test
	void aSignOutIsRecorded() throws Exception {
		mvc.perform(post("/logout").with(csrf()).with(user("leaving-clerk")));

		assertThat(log.search(new AuditSearch("leaving-clerk", AuditAction.SIGN_OUT, null, null, null, null),
				new PageRequest(0, 1)).items()).hasSize(1);
	}

	private long newestId() {
		return log.search(AuditSearch.all(), new PageRequest(0, 1)).items().stream().mapToLong(AuditEntry::id).findFirst()
			.orElse(0);
	}

	private List<AuditEntry> find(String entityId) {
		return log.search(new AuditSearch(null, null, null, entityId, null, null), new PageRequest(0, 10)).items();
	}
}

package org.bastion.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;

import org.bastion.IntegrationTest;
import org.bastion.audit.AuditEntry;
import org.bastion.audit.AuditLog;
import org.bastion.audit.AuditSearch;
import org.bastion.common.PageRequest;
import org.bastion.common.audit.AccessRefused;
import org.bastion.common.audit.AuditAction;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@IntegrationTest
class AccessRefusalAuditTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AuditLog log;

	@Autowired
	AccessRefusalAuditor auditor;

	@Autowired
	JdbcClient jdbc;

	@Test
	@WithMockUser(username = "refused-reader", authorities = "organization:read")
	void aReadOutsideTheDataScopeIsRecordedWithWhoWhatAndWhere() throws Exception {
		// a user unknown to the access module has an empty scope: every organization lies outside it
		mvc.perform(get("/api/v1/organizations/{id}", 1).with(from("10.35.4.71"))).andExpect(status().isNotFound());

		AuditEntry entry = only("refused-reader");
		assertThat(entry.sourceAddress()).isEqualTo("10.35.4.71");
		assertThat(entry.entityType()).isEqualTo("organization");
		assertThat(entry.entityId()).isEqualTo("1");
		assertThat(entry.detail()).startsWith("NOT_FOUND GET /api/v1/organizations/1");
	}

	@Test
	@WithMockUser(username = "refused-clerk", authorities = "person:read")
	void aForbiddenActionIsRecordedWithTheAuthorityItRequires() throws Exception {
		mvc.perform(get("/api/v1/people/{id}/full-numbers", 1).with(from("10.35.4.72"))).andExpect(status().isForbidden());

		AuditEntry entry = only("refused-clerk");
		assertThat(entry.sourceAddress()).isEqualTo("10.35.4.72");
		assertThat(entry.detail()).isEqualTo(
				"FORBIDDEN GET /api/v1/people/1/full-numbers: requires hasAuthority('person:view-full-id')");
	}

	@Test
	@WithMockUser(username = "refused-visitor", authorities = "person:read")
	void aPathTheSecurityFiltersRefuseIsRecorded() throws Exception {
		mvc.perform(get("/api/v1/audit/1").with(from("10.35.4.73"))).andExpect(status().isForbidden());

		AuditEntry entry = only("refused-visitor");
		assertThat(entry.sourceAddress()).isEqualTo("10.35.4.73");
		assertThat(entry.detail()).startsWith("FORBIDDEN GET /api/v1/audit/1: requires").contains("audit:read");
	}

	@Test
	@WithMockUser(username = "refused-scanner", authorities = "organization:read")
	void aScanIsRecordedAFewTimesAMinuteWithACountOfTheRest() throws Exception {
		int scanned = 25;
		for (int id = 1; id <= scanned; id++) {
			mvc.perform(get("/api/v1/organizations/{id}", id)).andExpect(status().isNotFound());
		}
		assertThat(entries("refused-scanner")).hasSize(AccessRefusalAuditor.PER_WINDOW);

		auditor.summarizeWindowsOverAt(Instant.now().plus(AccessRefusalAuditor.WINDOW));

		List<AuditEntry> recorded = entries("refused-scanner");
		assertThat(recorded).hasSize(AccessRefusalAuditor.PER_WINDOW + 1);
		assertThat(recorded.get(0).detail())
			.startsWith("NOT_FOUND: " + (scanned - AccessRefusalAuditor.PER_WINDOW) + " more refused accesses");
	}

	@Test
	@WithMockUser(username = "refused-prober", authorities = "organization:read")
	void aScansLastBurstIsSummarizedByTheNextRefusalOfAnyoneOrByTheMinuteTimer() throws Exception {
		for (int id = 1; id <= AccessRefusalAuditor.PER_WINDOW + 3; id++) {
			mvc.perform(get("/api/v1/organizations/{id}", id)).andExpect(status().isNotFound());
		}
		// the prober stops; a minute later someone else is refused on this node
		auditor.refused("refused-bystander", "10.35.4.74", new AccessRefused(AccessRefused.Kind.NOT_FOUND, "GET",
				"/api/v1/organizations/1", null, null, null), Instant.now().plus(AccessRefusalAuditor.WINDOW));

		assertThat(entries("refused-prober").get(0).detail()).startsWith("NOT_FOUND: 3 more refused accesses");
		assertThat(jdbc.sql("select count(*) from qrtz_cron_triggers where trigger_name = 'audit.refusal-summaries'")
			.query(Integer.class).single()).isOne();
	}

	private AuditEntry only(String actor) {
		List<AuditEntry> found = entries(actor);
		assertThat(found).hasSize(1);
		assertThat(found.get(0).action()).isEqualTo(AuditAction.ACCESS_DENIED);
		return found.get(0);
	}

	/** Newest first. */
	private List<AuditEntry> entries(String actor) {
		return log.search(new AuditSearch(actor, AuditAction.ACCESS_DENIED, null, null, null, null), new PageRequest(0, 100))
			.items();
	}

	private static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}
}

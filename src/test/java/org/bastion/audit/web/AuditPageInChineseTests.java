package org.bastion.audit.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bastion.IntegrationTest;
import org.bastion.common.audit.AuditEvent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

/** The Chinese audit log names records and describes entries in Chinese: no table names, no exceptions. */
@IntegrationTest
class AuditPageInChineseTests {

	private static final Pattern ROW = Pattern.compile("<tr>\\s*<td><a href=\"/audit/\\d+\">.*?</tr>", Pattern.DOTALL);
	private static final Pattern CELL = Pattern.compile("<td data-label=\"(对象|说明)\">(.*?)</td>", Pattern.DOTALL);
	/** A Latin word: an internal name (reserve_candidate, BadCredentialsException, rows read); paths and numbers are fine. */
	private static final Pattern LATIN_WORD = Pattern.compile("(?<![/\\w])[A-Za-z][A-Za-z_]+");

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationEventPublisher events;

	@Test
	@WithMockUser(username = "auditor", authorities = "audit:read")
	void theObjectAndDescriptionColumnsHaveNoLatinInternalNames() throws Exception {
		events.publishEvent(AuditEvent.created("reserve_candidate", 9, Map.of("state", "RECOMMENDED")));
		events.publishEvent(AuditEvent.updated("pairing", 199, Map.of(), Map.of()));
		events.publishEvent(AuditEvent.imported("person", "4 rows read, 5 problems, 0 written"));
		events.publishEvent(AuditEvent.exported("household", "villageCode=350424, status=null: 12 rows"));
		events.publishEvent(AuditEvent.signInFailed("someone", "10.0.0.1", "BadCredentialsException"));

		String page = mvc.perform(get("/audit")).andReturn().getResponse().getContentAsString();

		List<String> latin = new ArrayList<>();
		Matcher rows = ROW.matcher(page);
		int cells = 0;
		while (rows.find()) {
			Matcher cell = CELL.matcher(rows.group());
			while (cell.find()) {
				cells++;
				String text = cell.group(2).replaceAll("<[^>]+>", " ");
				Matcher word = LATIN_WORD.matcher(text);
				while (word.find()) {
					latin.add(cell.group(1) + ": " + word.group() + " in " + text.strip());
				}
			}
		}
		assertThat(cells).isGreaterThanOrEqualTo(10);
		assertThat(latin).isEmpty();
		assertThat(page).contains("后备人选", "读取 4 行，5 处问题，写入 0 行", "导出 12 条", "用户名或密码错误",
				"href=\"/reserve/candidates/9\"", "href=\"/pairings/pair/199\"");
	}

	@Test
	void aRealFailedSignInReadsAsAWrongPassword() throws Exception {
		mvc.perform(formLogin("/login").user("county-admin").password("not-it"));

		String page = mvc.perform(get("/audit").param("action", "SIGN_IN_FAILED")
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user("auditor")
				.authorities(new org.springframework.security.core.authority.SimpleGrantedAuthority("audit:read"))))
			.andReturn().getResponse().getContentAsString();

		assertThat(page).contains("用户名或密码错误").doesNotContain(">BadCredentialsException<");
	}
}

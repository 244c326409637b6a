package org.bastion.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bastion.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** The search picker as the demo users meet it: matches by name, best first, told apart, in scope, as a fragment or a page. */
@IntegrationTest
class PickerTests {

	static final String DEMO_PASSWORD = "test-Demo-2026";
	static int address;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	MockHttpSession session(String user) throws Exception {
		return (MockHttpSession) mvc.perform(post("/login").param("username", user).param("password", DEMO_PASSWORD).with(csrf())
			.with(r -> {
				r.setRemoteAddr("10.88.1." + (++address % 250 + 1));
				return r;
			})).andExpect(status().is3xxRedirection()).andReturn().getRequest().getSession();
	}

	String fragment(MockHttpSession session, String kind, String q, String only) throws Exception {
		return mvc.perform(get("/pick/" + kind).param("q", q).param("only", only == null ? "" : only).header("HX-Request", "true")
			.session(session)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	static List<String> labels(String html) {
		List<String> labels = new ArrayList<>();
		Matcher m = Pattern.compile("data-label=\"([^\"]+)\"").matcher(html);
		while (m.find()) {
			labels.add(m.group(1));
		}
		return labels;
	}

	@Test
	void typingAnleFindsTheTownshipCommitteeFirstWithItsPath() throws Exception {
		String html = fragment(session("county-admin"), "organization", "安乐", null);
		assertThat(labels(html).get(0)).isEqualTo("中共宁化县安乐镇委员会");
		assertThat(html).contains("中共宁化县委员会").contains("role=\"option\"");
	}

	@Test
	void typingAnleFindsTheTownshipDivisionWithItsParentsAndCode() throws Exception {
		String html = fragment(session("county-admin"), "division", "安乐", null);
		assertThat(labels(html).get(0)).isEqualTo("安乐镇");
		assertThat(html).contains("宁化县").contains("350424107");
		assertThat(labels(fragment(session("county-admin"), "division", "安乐", "VILLAGE"))).isNotEmpty()
			.noneMatch(l -> l.equals("安乐镇"));
	}

	@Test
	void aSurnameFindsPersonsToldApartByTheirIdNumbersTailOnly() throws Exception {
		String html = fragment(session("anle-admin"), "person", "张", null);
		assertThat(labels(html)).isNotEmpty().hasSizeLessThanOrEqualTo(20).allMatch(l -> l.startsWith("张"));
		assertThat(html).contains("身份证尾号").doesNotContainPattern("\\d{17}[\\dX]");
	}

	@Test
	void aHouseholdIsFoundByItsHeadsNameWithItsVillage() throws Exception {
		String head = jdbc.sql("select p.name from household h join person p on p.id = h.head_person_id"
				+ " where h.village_code like '350424107%' order by h.id limit 1").query(String.class).single();
		assertThat(labels(fragment(session("anle-admin"), "household", head, null))).contains(head + "户");
	}

	@Test
	void typedWildcardsMatchThemselves() throws Exception {
		assertThat(labels(fragment(session("county-admin"), "organization", "%", null))).isEmpty();
		assertThat(labels(fragment(session("county-admin"), "person", "_", null))).isEmpty();
	}

	@Test
	void withoutScriptsThePickerIsAPlainSearchPageLinkingBackToTheForm() throws Exception {
		String page = mvc.perform(get("/pick/organization").param("q", "安乐镇").param("field", "organizationId")
			.param("back", "/people?tag=MENTOR").session(session("county-admin")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("<h1>查找党组织</h1>").containsPattern("href=\"/people\\?tag=MENTOR&amp;organizationId=\\d+\"");
		String elsewhere = mvc.perform(get("/pick/organization").param("q", "安乐镇").param("field", "x")
			.param("back", "//evil.example/").session(session("county-admin"))).andReturn().getResponse().getContentAsString();
		assertThat(elsewhere).doesNotContain("evil.example");
	}

	@Test
	void anUnknownKindIsNotFoundAndAKindWithoutItsAuthorityIsForbidden() throws Exception {
		MockHttpSession sysadmin = session("sysadmin");
		mvc.perform(get("/pick/spaceship").param("q", "x").session(sysadmin)).andExpect(status().isNotFound());
		mvc.perform(get("/pick/person").param("q", "张").session(sysadmin)).andExpect(status().isForbidden());
	}
}

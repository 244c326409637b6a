package org.bastion.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bastion.DemoSignIn;
import org.bastion.IntegrationTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** The left menu is made of the modules' entries and shows each user only what they may open. */
@IntegrationTest
class ModuleMenuTests {

	private static final Pattern MENU = Pattern.compile("<nav class=\"menu\".*?</nav>", Pattern.DOTALL);
	private static final Pattern LINK = Pattern.compile("<a href=\"([^\"]+)\"");

	@Autowired
	MockMvc mvc;

	@ParameterizedTest
	@ValueSource(strings = {"county-admin", "anle-admin", "branch-secretary", "grid-worker", "member", "sysadmin",
			"secadmin", "auditor"})
	void everyEntryAUserIsShownOpensForThem(String username) throws Exception {
		MockHttpSession session = signIn(username);
		List<String> links = menuLinks(page("/", session));
		assertThat(links).contains("/", "/profile");
		for (String link : links) {
			int status = mvc.perform(get(link).session(session)).andReturn().getResponse().getStatus();
			assertThat(status).as("%s opens %s", username, link).isBetween(200, 399);
		}
	}

	@Test
	void theSeparatedAdministratorsAreShownNoBusinessPages() throws Exception {
		assertThat(menuLinks(page("/", signIn("secadmin"))))
			.contains("/admin/users", "/profile")
			.doesNotContain("/organizations", "/people", "/divisions", "/imports", "/audit");
		assertThat(menuLinks(page("/", signIn("auditor"))))
			.contains("/audit")
			.doesNotContain("/organizations", "/admin/users", "/divisions");
	}

	@Test
	void aMemberIsShownNoImportsNorHouseholds() throws Exception {
		assertThat(menuLinks(page("/", signIn("member")))).contains("/people", "/organizations")
			.doesNotContain("/imports", "/households", "/reserve", "/admin/users");
	}

	@Test
	void theCurrentPageIsMarkedAlsoBelowItsEntry() throws Exception {
		MockHttpSession session = signIn("county-admin");
		String menu = menu(page("/organizations", session));
		assertThat(menu).contains("<a href=\"/organizations\" aria-current=\"page\"");
		assertThat(countOf(menu, "aria-current")).isOne();
		assertThat(menu(page("/households", session))).contains("<a href=\"/households\" aria-current=\"page\"")
			.doesNotContain("<a href=\"/\" aria-current");
	}

	private MockHttpSession signIn(String username) throws Exception {
		return DemoSignIn.session(mvc, username);
	}

	private String page(String path, MockHttpSession session) throws Exception {
		return mvc.perform(get(path).session(session)).andReturn().getResponse().getContentAsString();
	}

	private static String menu(String html) {
		Matcher m = MENU.matcher(html);
		assertThat(m.find()).as("the page has the menu").isTrue();
		return m.group();
	}

	private static List<String> menuLinks(String html) {
		List<String> links = new ArrayList<>();
		Matcher m = LINK.matcher(menu(html));
		while (m.find()) {
			links.add(m.group(1));
		}
		return links;
	}

	private static int countOf(String text, String part) {
		return text.split(Pattern.quote(part), -1).length - 1;
	}
}

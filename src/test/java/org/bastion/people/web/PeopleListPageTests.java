package org.bastion.people.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bastion.IntegrationTest;
import org.bastion.people.PeopleTestData;
import org.bastion.people.PersonFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.UriUtils;

/** The people list on the list-page fragments: page numbers at the top and the bottom, every link and the export keeping the filters. */
@IntegrationTest
@WithMockUser(username = "admin", authorities = {"person:read", "household:read", "data:export", "organization:read"})
class PeopleListPageTests {

	@Autowired
	MockMvc mvc;
	@Autowired
	PeopleTestData data;

	@Test
	void theListHasNumberedPagesAtTopAndBottomAndAnExportOfExactlyTheFilteredPeople() throws Exception {
		String name = PeopleTestData.uniqueName("吴");
		for (int i = 0; i < 45; i++) {  // three pages of 20
			data.register(PersonFixtures.resident(name + (char) ('a' + i % 26) + (char) ('a' + i / 26), data.village()));
		}
		String html = mvc.perform(get("/people").param("q", name).param("partyMember", "false").param("page", "1"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		String filters = "q=" + UriUtils.encode(name, StandardCharsets.UTF_8) + "&amp;partyMember=false";

		assertThat(count(html, "<nav class=\"pager\"")).as("a pager at the top and at the bottom").isEqualTo(2);
		assertThat(html).contains("共 45 条，第 2/3 页");
		for (int page = 0; page < 3; page++) {
			assertThat(count(html, "href=\"/people?" + filters + "&amp;page=" + page + "\""))
				.as("page %d linked with the filters, top and bottom (and as previous/next)", page + 1).isGreaterThanOrEqualTo(2);
		}
		Matcher current = Pattern.compile("<a [^>]*aria-current=\"page\"[^>]*>([^<]*)</a>").matcher(main(html));
		assertThat(current.results().map(m -> m.group(1)).toList()).as("the current page, top and bottom").containsExactly("2", "2");
		assertThat(html).contains("href=\"/people/export.xlsx?" + filters + "\"");
	}

	private static String main(String html) {
		return html.substring(html.indexOf("<main"));
	}

	private static int count(String html, String what) {
		return html.split(Pattern.quote(what), -1).length - 1;
	}
}

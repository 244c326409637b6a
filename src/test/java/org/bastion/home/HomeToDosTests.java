package org.bastion.home;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bastion.IntegrationTest;
import org.bastion.platform.SwitchedToDos;
import org.bastion.platform.ToDo;
import org.bastion.platform.ToDo.Urgency;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

/** The home page lists the user's to-dos (待办) by urgency, and the menu's home entry counts them. */
@IntegrationTest
@Import(SwitchedToDos.Config.class)
class HomeToDosTests {

	private static final Pattern SECTION = Pattern.compile("<section id=\"to-dos\".*?</section>", Pattern.DOTALL);
	private static final Pattern HOME_ENTRY = Pattern.compile("<a href=\"/\"[^>]*>.*?</a>", Pattern.DOTALL);

	@Autowired
	MockMvc mvc;

	@AfterEach
	void nothingToDo() {
		SwitchedToDos.toDos = List::of;
	}

	@Test
	void theHomePageListsTheToDosUnderTheirUrgencyMostUrgentFirstWithLinksCountsAndDueDays() throws Exception {
		SwitchedToDos.toDos = () -> List.of(
				new ToDo(Urgency.THIS_WEEK, "testtodo.notice", List.of(), "/reserve/notices", 2, LocalDate.of(2026, 12, 11)),
				new ToDo(Urgency.LATER, "testtodo.review", List.of(), "/reserve/candidates?step=REVIEW", 1400, null),
				new ToDo(Urgency.OVERDUE, "testtodo.objection", List.of("安乐镇"), "/reserve/objections", 3, LocalDate.of(2026, 12, 1)));

		String toDos = toDos(home());

		assertThat(toDos).containsSubsequence("<h3", "已逾期", "<a href=\"/reserve/objections\">3 条异议未答复（安乐镇）</a>",
				"截止 2026-12-01", "<h3", "本周到期", "<a href=\"/reserve/notices\">2 份公示本周结束</a>", "截止 2026-12-11", "<h3",
				"以后办理", "<a href=\"/reserve/candidates?step=REVIEW\">1,400 名后备人选待您审核</a>");
		assertThat(toDos).contains("<span class=\"count\">1,405</span>").doesNotContain("暂无待办");
	}

	@Test
	void theMenuCountsEveryRecordWaitingOnTheHomeEntryWithAWordForScreenReaders() throws Exception {
		SwitchedToDos.toDos = () -> List.of(new ToDo(Urgency.TODAY, "testtodo.review", List.of(), "/reserve", 3, null),
				new ToDo(Urgency.LATER, "testtodo.notice", List.of(), "/reserve/notices", 2, null));

		String entry = homeEntry(home());

		assertThat(entry).contains("<span class=\"badge\"><span>5</span><span class=\"visually-hidden\"> 项待办</span></span>");
	}

	@Test
	void withNothingToDoTheHomePageSaysSoAndTheMenuCountsNothing() throws Exception {
		String page = home();

		assertThat(toDos(page)).contains("暂无待办").doesNotContain("<h3");
		assertThat(homeEntry(page)).doesNotContain("badge");
	}

	@Test
	void aBrokenSourceLeavesTheOthersListedAndSaysSomeAreMissing() throws Exception {
		SwitchedToDos.toDos = () -> List.of(new ToDo(Urgency.TODAY, "testtodo.review", List.of(), "/reserve", 3, null));

		String toDos = toDos(home());

		assertThat(toDos).contains("3 名后备人选待您审核", "部分待办暂时无法读取");
	}

	@Test
	void thePublicIsShownNoToDosAndNoCount() throws Exception {
		SwitchedToDos.toDos = () -> List.of(new ToDo(Urgency.TODAY, "testtodo.review", List.of(), "/reserve", 3, null));

		String login = mvc.perform(get("/login")).andReturn().getResponse().getContentAsString();

		assertThat(login).doesNotContain("badge", "名后备人选待您审核");
	}

	@Test
	void theToDosAreInEnglishOnAnEnglishPage() throws Exception {
		SwitchedToDos.toDos = () -> List.of(new ToDo(Urgency.OVERDUE, "testtodo.review", List.of(), "/reserve", 3, LocalDate.of(2026, 12, 1)));

		String toDos = toDos(mvc.perform(get("/").param("lang", "en").with(user("county-admin").authorities(List.of())))
			.andReturn().getResponse().getContentAsString());

		assertThat(toDos).containsSubsequence("To-dos", "Overdue", "3 candidates await your review", "due 2026-12-01");
	}

	private String home() throws Exception {
		return mvc.perform(get("/").with(user("county-admin").authorities(List.of()))).andReturn().getResponse().getContentAsString();
	}

	private static String toDos(String html) {
		return find(SECTION, html, "the to-dos");
	}

	private static String homeEntry(String html) {
		return find(HOME_ENTRY, html, "the menu's home entry");
	}

	private static String find(Pattern pattern, String html, String what) {
		Matcher m = pattern.matcher(html);
		assertThat(m.find()).as("the page has %s", what).isTrue();
		return m.group();
	}
}

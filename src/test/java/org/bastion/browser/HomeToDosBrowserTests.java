package org.bastion.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.bastion.browser.Axe.assertNoSeriousViolations;
import static org.bastion.browser.Pages.menu;
import static org.bastion.browser.Pages.signIn;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.bastion.platform.SwitchedToDos;
import org.bastion.platform.ToDo;
import org.bastion.platform.ToDo.Urgency;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Import;

/** The workbench's to-dos (待办) read by urgency, by their headings and not by colour, on a desktop and on a phone. */
@BrowserTest
@Import(SwitchedToDos.Config.class)
class HomeToDosBrowserTests {

	@BeforeEach
	void toDos() {
		SwitchedToDos.toDos = () -> List.of(
				new ToDo(Urgency.LATER, "testtodo.review", List.of(), "/divisions", 1400, null),
				new ToDo(Urgency.OVERDUE, "testtodo.objection", List.of("安乐镇"), "/divisions/350424", 3, LocalDate.of(2026, 12, 1)));
	}

	@AfterEach
	void nothingToDo() {
		SwitchedToDos.toDos = List::of;
	}

	@Test
	void theToDosAreListedUnderUrgencyHeadingsAndCountedInTheMenuOnADesktop(Page page) {
		readsTheToDos(page);
	}

	@Test
	@Phone
	void theToDosAreListedUnderUrgencyHeadingsAndCountedInTheMenuOnAPhone(Page page) {
		readsTheToDos(page);
	}

	private static void readsTheToDos(Page page) {
		// a branch secretary: the modules' own sources have nothing for them, so only this test's to-dos show
		signIn(page, "branch-secretary", LockoutBrowserTests.DEMO_PASSWORD);
		Locator toDos = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("待办 1,403"));
		assertThat(toDos.getByRole(AriaRole.HEADING, new Locator.GetByRoleOptions().setLevel(3)))
			.hasText(new String[] {"已逾期", "以后办理"});
		assertThat(toDos.getByRole(AriaRole.LISTITEM)).hasText(new String[] {"3 条异议未答复（安乐镇） 截止 2026-12-01",
				"1,400 名后备人选待您审核"});
		Locator home = menu(page).getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("首页 1,403 项待办").setExact(true));
		if (!home.isVisible()) {
			menu(page).locator("summary").click(); // folded on a phone
		}
		assertThat(home).hasAttribute("aria-current", "page");
		assertNoSeriousViolations(page);

		toDos.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("3 条异议未答复（安乐镇）")).click();
		assertThat(page).hasURL(Pattern.compile("/divisions/350424$"));
	}
}

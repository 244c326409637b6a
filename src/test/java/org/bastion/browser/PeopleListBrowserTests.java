package org.bastion.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.bastion.browser.Axe.assertNoSeriousViolations;
import static org.bastion.browser.Pages.signIn;
import static org.bastion.browser.Pages.tableRows;

import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

/** The people list on the list-page fragments, as a clerk meets it on a desktop and on a phone. */
@BrowserTest
class PeopleListBrowserTests {

	private static final String EMPTY_CELLS_SHOWN = """
			() => [...document.querySelectorAll('table.list tbody td')]
			  .filter(td => td.textContent.trim() === '' && getComputedStyle(td).display !== 'none').length""";

	@Test
	@Phone
	void onAPhoneThePeopleAreCardsWithoutEmptyRowsTheFiltersFoldAndThePagerIsAtTheBottomToo(Page page) {
		signIn(page);
		page.navigate("/people?partyMember=false");

		Locator filters = page.locator("details.list-filters");
		assertThat(filters).not().hasAttribute("open", "");
		assertThat(page.getByLabel("按姓名查找")).isHidden();
		filters.locator("summary").click();
		assertThat(page.getByLabel("按姓名查找")).isVisible();

		assertThat(page.locator("table.list thead")).isHidden();
		assertThat(tableRows(page)).hasCount(20);
		assertThat(page.locator("table.list tbody td:empty").count()).as("residents with no rank or tag").isPositive();
		assertThat(page.evaluate(EMPTY_CELLS_SHOWN)).as("empty cells shown in the cards").isEqualTo(0);
		assertThat(page.evaluate("() => document.documentElement.scrollWidth")).isEqualTo(375);
		assertNoSeriousViolations(page);

		Locator bottom = page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("分页（页面底部）"));
		bottom.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("第 2 页").setExact(true)).click();
		assertThat(page).hasURL(Pattern.compile(".*/people\\?partyMember=false&page=1$"));
		assertThat(bottom.locator("a[aria-current=page]")).hasText("2");
		assertThat(page.locator("a.export")).hasAttribute("href", "/people/export.xlsx?partyMember=false");
	}

	@Test
	void onADesktopTheFiltersAreOpenAndThePagerNumbersThePages(Page page) {
		signIn(page);
		page.navigate("/people?partyMember=false");

		assertThat(page.getByLabel("按姓名查找")).isVisible();
		Locator top = page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("分页").setExact(true));
		assertThat(top.locator("a[aria-current=page]")).hasText("1");
		assertThat(top.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("下一页"))).isVisible();
		assertNoSeriousViolations(page);
	}
}

package org.bastion.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.bastion.browser.Axe.assertNoSeriousViolations;
import static org.bastion.browser.Pages.link;
import static org.bastion.browser.Pages.openMenu;
import static org.bastion.browser.Pages.signIn;

import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

@BrowserTest
class OrganizationTreeBrowserTests {

	@Test
	void findsAnleTownshipInTheTreeAndOpensAMembersPage(Page page) {
		signIn(page);
		openMenu(page, "党组织");
		assertThat(heading(page)).hasText("党组织");
		assertThat(link(page, "中共宁化县委员会")).isVisible();

		page.getByLabel("按名称查找").fill("安乐镇");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("查找")).click();
		link(page, "中共宁化县安乐镇委员会").click();

		assertThat(heading(page)).containsText("安乐镇");
		assertThat(page.locator(".breadcrumb")).containsText("中共宁化县委员会");
		assertNoSeriousViolations(page);

		Locator firstBranch = page.locator("table.list").first().locator("tbody tr a").first();
		String branch = firstBranch.textContent();
		firstBranch.click();
		assertThat(heading(page)).containsText(branch);

		// the members list arrives by htmx after the page has loaded
		Locator member = page.locator("section.members tbody tr a").first();
		assertThat(member).isVisible();
		String name = member.textContent();
		member.click();

		assertThat(heading(page)).containsText(name);
		assertThat(page.locator("main")).containsText(Pattern.compile("350\\d{3}\\*{8}\\d{3}[\\dX]"));
		assertNoSeriousViolations(page);
	}

	@Test
	@Phone
	void readsAPersonsPageOnAPhone(Page page) {
		signIn(page);
		page.navigate("/people?q=" + "张");
		Locator first = page.locator("table.list tbody tr a").first();
		assertThat(first).isVisible();
		first.click();
		assertThat(heading(page)).isVisible();
		assertNoSeriousViolations(page);
	}

	private static Locator heading(Page page) {
		return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1));
	}
}

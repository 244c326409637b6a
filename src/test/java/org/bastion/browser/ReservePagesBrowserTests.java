package org.bastion.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.bastion.browser.Axe.assertNoSeriousViolations;
import static org.bastion.browser.Pages.button;
import static org.bastion.browser.Pages.link;
import static org.bastion.browser.Pages.openMenu;
import static org.bastion.browser.Pages.signIn;
import static org.bastion.browser.Pages.tableRows;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

/** Township staff review a recommended candidate of the demo round; the pages pass axe-core. */
@BrowserTest
class ReservePagesBrowserTests {

	@Test
	void aClerkPassesTheTownshipReviewSignedWithTheirOwnAccountsNameAndPostInTheTimeline(Page page) {
		signIn(page, "anle-admin", LockoutBrowserTests.DEMO_PASSWORD);
		assertThat(page.locator("header .user")).hasText("安乐镇党委管理员 · 乡镇管理员");
		openMenu(page, "后备力量");
		assertThat(page.locator("h1")).containsText("村级后备力量");
		assertNoSeriousViolations(page);

		link(page, "2026 年安乐镇村级后备力量选拔").click();
		assertThat(page.locator("h1")).hasText("2026 年安乐镇村级后备力量选拔");
		assertNoSeriousViolations(page);
		tableRows(page).filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("已推荐，待资格审查"))
			.first().locator("a").click();

		// no name to type: the step is signed by the signed-in user, the post derived from their account
		assertThat(page.getByLabel("经办人姓名")).hasCount(0);
		assertThat(page.locator("#actor-review")).hasText("以 安乐镇党委管理员（中共宁化县安乐镇委员会 乡镇管理员）身份办理");
		assertNoSeriousViolations(page);
		// no decision is pre-selected (issue 11): the reviewer chooses one
		page.getByLabel("通过", new com.microsoft.playwright.Page.GetByLabelOptions().setExact(true)).check();
		button(page, "提交").click();

		assertThat(page.locator("h1 small")).hasText("资格审查通过，待县委组织部复审");
		assertThat(page.locator("ol.timeline li").last()).containsText("乡镇资格审查");
		assertThat(page.locator("ol.timeline li").last()).containsText("安乐镇党委管理员（中共宁化县安乐镇委员会 乡镇管理员）");
	}

	@Test
	@Phone
	void onAPhoneThePoolNoticesClassesAndPlansPagesReadWell(Page page) {
		signIn(page);
		for (String path : new String[] {"/reserve", "/reserve/pool?state=INSPECTED", "/reserve/notices", "/reserve/classes",
				"/reserve/plans"}) {
			page.navigate(path);
			assertNoSeriousViolations(page);
		}
	}
}

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
	void aClerkPassesTheTownshipReviewAndSeesTheStepWithTheirNameAndPostInTheTimeline(Page page) {
		signIn(page);
		openMenu(page, "后备力量");
		assertThat(page.locator("h1")).containsText("村级后备力量");
		assertNoSeriousViolations(page);

		link(page, "2026 年安乐镇村级后备力量选拔").click();
		assertThat(page.locator("h1")).hasText("2026 年安乐镇村级后备力量选拔");
		assertNoSeriousViolations(page);
		tableRows(page).filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("已推荐，待资格审查"))
			.first().locator("a").click();

		page.getByLabel("经办人姓名").fill("陈晓东");
		page.getByLabel("经办人职务").fill("安乐镇党委组织委员");
		assertNoSeriousViolations(page);
		button(page, "提交").click();

		assertThat(page.locator("h1 small")).hasText("资格审查通过，待县委组织部复审");
		assertThat(page.locator("ol.timeline li").last()).containsText("乡镇资格审查");
		assertThat(page.locator("ol.timeline li").last()).containsText("陈晓东（安乐镇党委组织委员）");
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

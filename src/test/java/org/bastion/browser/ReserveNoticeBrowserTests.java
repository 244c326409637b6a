package org.bastion.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.bastion.browser.Axe.assertNoSeriousViolations;
import static org.bastion.browser.Pages.button;
import static org.bastion.browser.Pages.link;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

/** A resident on a phone, not signed in, files an objection on the public notice of the demo round. */
@BrowserTest
class ReserveNoticeBrowserTests {

	@Test
	@Phone
	void aResidentFilesAnObjectionOnThePublicNoticeAndSeesTheChineseConfirmation(Page page) {
		page.navigate("/public/notices");
		assertNoSeriousViolations(page);
		link(page, "2026 年安乐镇村级后备力量选拔拟入选村级后备力量人选公示").first().click();

		assertThat(page.locator("h1")).containsText("拟入选村级后备力量人选公示");
		assertThat(page.locator("table.list")).not().containsText("身份证");
		assertNoSeriousViolations(page);
		page.locator("select[name=candidateId]").selectOption(new com.microsoft.playwright.options.SelectOption().setIndex(1));
		page.getByLabel("反映内容").fill("该同志近两年长期在外务工，未在村居住，请组织核实。");
		page.getByLabel("联系方式（可不填）").fill("本村村民 张先生");
		page.waitForTimeout(3_200); // a person takes longer than the minimum fill time; scripts do not
		button(page, "提交").click();

		assertThat(page.locator(".alert.ok")).hasText("您的异议已收到，我们将调查核实并予以答复。");
		assertThat(page.evaluate("() => document.documentElement.scrollWidth")).isEqualTo(375);
	}
}

package org.bastion.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.bastion.browser.Axe.assertNoSeriousViolations;
import static org.bastion.browser.Pages.ADMIN;
import static org.bastion.browser.Pages.button;
import static org.bastion.browser.Pages.openMenu;
import static org.bastion.browser.Pages.signIn;
import static org.bastion.browser.Pages.tableRows;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

@BrowserTest
class AuditBrowserTests {

	@Test
	void theAuditorFindsAFailedSignInOpensItAndVerifiesTheChain(Page page) {
		signIn(page, ADMIN, "not-the-password");
		signIn(page);
		openMenu(page, "审计日志");

		page.locator("select[name=action]").selectOption("SIGN_IN_FAILED");
		button(page, "查找").click();

		assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/audit\\?.*action=SIGN_IN_FAILED.*"));
		Locator first = tableRows(page).first();
		assertThat(first).containsText("登录失败");
		assertThat(first).containsText(ADMIN);
		assertNoSeriousViolations(page);

		first.locator("a").first().click();
		assertThat(page.locator("h1")).containsText("审计记录");
		assertThat(page.locator("dl.fields")).containsText("BadCredentialsException");
		assertNoSeriousViolations(page);

		page.locator("a", new Page.LocatorOptions().setHasText("返回审计日志")).click();
		button(page, "校验哈希链").click();
		assertThat(page.locator(".alert.ok")).containsText("哈希链完整");
	}

	@Test
	@Phone
	void onAPhoneTheEntriesReadAsCardsWithinTheScreen(Page page) {
		signIn(page);
		page.navigate("/audit");

		Locator card = tableRows(page).first();
		assertThat(page.locator("table.list thead")).isHidden();
		assertThat(card.boundingBox().x + card.boundingBox().width).isLessThanOrEqualTo(375);
		assertThat(page.evaluate("() => document.documentElement.scrollWidth")).isEqualTo(375);
		assertNoSeriousViolations(page);
	}
}

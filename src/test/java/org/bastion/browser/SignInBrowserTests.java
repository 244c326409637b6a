package org.bastion.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.bastion.browser.Pages.ADMIN;
import static org.bastion.browser.Pages.signIn;

import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

@BrowserTest
class SignInBrowserTests {

	@Test
	void signsInAndReachesTheWorkbench(Page page) {
		page.navigate("/");
		assertThat(page).hasURL(Pattern.compile("/login$"));

		signIn(page);

		assertThat(page).hasURL(Pattern.compile("/(\\?continue)?$"));
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("工作台");
		assertThat(page.locator("header .user")).hasText(ADMIN);
		assertThat(page.locator(".cards:not(.key-figures) .figure").first()).containsText("乡镇（街道）");
	}

	@Test
	void seesAChineseErrorAfterAWrongPassword(Page page) {
		signIn(page, ADMIN, "not-the-password");

		assertThat(page).hasURL(Pattern.compile("/login\\?error$"));
		assertThat(page.getByRole(AriaRole.ALERT)).hasText("用户名或密码错误");
		assertThat(page.locator("header .user")).hasCount(0);
	}
}

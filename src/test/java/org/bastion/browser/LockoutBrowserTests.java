package org.bastion.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.bastion.browser.Pages.signIn;

import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The demo's grid worker (网格员) mistypes their password five times; the county administrator then signs in. */
@BrowserTest
class LockoutBrowserTests {

	static final String DEMO_PASSWORD = "test-Demo-2026";

	@Autowired
	JdbcClient jdbc;

	/** Every test context shares the test database: the next class signs in as the grid worker again. */
	@AfterEach
	void unlockTheGridWorker() {
		jdbc.sql("update app_user set failed_attempts = 0, locked_until = null where username = 'grid-worker'").update();
	}

	@Test
	void fiveWrongPasswordsLockTheAccountWithAChineseMessageWhileOthersStillSignIn(Page page) {
		for (int i = 1; i <= 4; i++) {
			signIn(page, "grid-worker", "Wrong-pass" + i);
			assertThat(page.getByRole(AriaRole.ALERT)).hasText("用户名或密码错误");
		}
		signIn(page, "grid-worker", "Wrong-pass5");
		assertThat(page.getByRole(AriaRole.ALERT)).hasText("密码错误次数过多，账号已锁定，请 15 分钟后再试");

		signIn(page, "grid-worker", DEMO_PASSWORD);
		assertThat(page.getByRole(AriaRole.ALERT)).containsText("账号已锁定");
		assertThat(page.locator("header .user")).hasCount(0);

		signIn(page, "county-admin", DEMO_PASSWORD);
		assertThat(page).hasURL(Pattern.compile("/(\\?continue)?$"));
		assertThat(page.locator("header .user")).hasText("县委组织部管理员 · 组织部管理员");
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("工作台");
	}
}

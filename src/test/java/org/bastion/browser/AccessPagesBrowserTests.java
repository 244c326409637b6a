package org.bastion.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.bastion.browser.Axe.assertNoSeriousViolations;
import static org.bastion.browser.Pages.button;
import static org.bastion.browser.Pages.link;
import static org.bastion.browser.Pages.openMenu;
import static org.bastion.browser.Pages.signIn;

import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

/** The separated administrators' pages and a user's own tokens, as the demo users. */
@BrowserTest
class AccessPagesBrowserTests {

	@Test
	void theSystemAdministratorFindsTheUsersAndMakesAndRevokesAToken(Page page) {
		signIn(page, "sysadmin", LockoutBrowserTests.DEMO_PASSWORD);
		assertThat(page.locator("header .user")).hasText("系统管理员");
		openMenu(page, "用户管理");
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("用户管理");
		assertNoSeriousViolations(page);
		link(page, "anle-admin").click();
		assertThat(page.locator("main")).containsText("中共宁化县安乐镇委员会");
		assertThat(page.locator("main")).containsText("乡镇管理员");
		assertThat(button(page, "重置密码")).isVisible();
		assertThat(page.locator("input[name=extraSubtrees]")).hasCount(0);
		assertNoSeriousViolations(page);

		openMenu(page, "个人设置");
		page.getByLabel("名称").fill("数据对接");
		button(page, "生成令牌").click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("令牌已生成，只显示这一次");
		assertThat(page.locator("code.token")).hasText(Pattern.compile("^bst_[A-Za-z0-9_-]{43}$"));
		assertNoSeriousViolations(page);
		button(page, "撤销").first().click();
		assertThat(page.getByRole(AriaRole.STATUS)).hasText("令牌已撤销");
		assertThat(page.locator("table.list")).containsText("已撤销");
		assertThat(page.locator("code.token")).hasCount(0);
	}

	@Test
	@Phone
	void theSecurityAdministratorSeesTheRolesFormOnAPhone(Page page) {
		signIn(page, "secadmin", LockoutBrowserTests.DEMO_PASSWORD);
		page.navigate("/admin/users");
		link(page, "cuijiang-admin").click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("角色和数据范围"))).isVisible();
		assertThat(page.getByLabel("乡镇管理员")).isChecked();
		assertThat(button(page, "重置密码")).hasCount(0);
		assertNoSeriousViolations(page);
		page.navigate("/password");
		assertNoSeriousViolations(page);
	}
}

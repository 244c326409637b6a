package org.bastion.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/** What a user does on every page: sign in, use the menu. Statically import these into browser tests. */
public final class Pages {

	/** The administrator and the password that {@code application-test.yml} gives it. */
	public static final String ADMIN = "admin";
	public static final String ADMIN_PASSWORD = "test-Admin-2026";

	private Pages() {
	}

	/** Signs in as the administrator through the login form and waits for the workbench. */
	public static void signIn(Page page) {
		signIn(page, ADMIN, ADMIN_PASSWORD);
		assertThat(page.locator("header .user")).hasText(ADMIN);
	}

	/** Fills in the login form and submits it, whatever the outcome. */
	public static void signIn(Page page, String username, String password) {
		page.navigate("/login");
		page.getByLabel("用户名", new Page.GetByLabelOptions().setExact(true)).fill(username);
		page.getByLabel("密码", new Page.GetByLabelOptions().setExact(true)).fill(password);
		button(page, "登录").click();
	}

	/** The left menu ({@code nav} named 菜单); on a phone it is folded behind its 菜单 button. */
	public static Locator menu(Page page) {
		return page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("菜单"));
	}

	/** Opens a menu entry by its Chinese name, unfolding the menu first on a phone. */
	public static void openMenu(Page page, String entry) {
		Locator menu = menu(page);
		Locator link = menu.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(entry).setExact(true));
		if (!link.isVisible()) {
			menu.locator("summary").click();
		}
		link.click();
	}

	/** A link by its exact text, anywhere on the page. */
	public static Locator link(Page page, String text) {
		return page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(text).setExact(true));
	}

	/** A button by its exact text. */
	public static Locator button(Page page, String text) {
		return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(text).setExact(true));
	}

	/** The body rows of the page's first table of rows ({@code table.list}). */
	public static Locator tableRows(Page page) {
		return page.locator("table.list").first().locator("tbody tr");
	}

	/** The body row of the page's first {@code table.list} that holds a link with this exact text. */
	public static Locator row(Page page, String linkText) {
		return tableRows(page).filter(new Locator.FilterOptions().setHas(link(page, linkText)));
	}
}

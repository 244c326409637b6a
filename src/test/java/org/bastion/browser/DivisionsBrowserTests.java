package org.bastion.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.bastion.browser.Pages.link;
import static org.bastion.browser.Pages.menu;
import static org.bastion.browser.Pages.openMenu;
import static org.bastion.browser.Pages.row;
import static org.bastion.browser.Pages.signIn;
import static org.bastion.browser.Pages.tableRows;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;
import org.junit.jupiter.api.Test;

@BrowserTest
class DivisionsBrowserTests {

	@Test
	void browsesFromTheProvinceDownToNinghuasTownshipsAndCommittees(Page page) {
		signIn(page);
		openMenu(page, "行政区划");
		assertThat(heading(page)).hasText("行政区划");

		link(page, "福建省").click();
		link(page, "三明市").click();
		link(page, "宁化县").click();

		assertThat(heading(page)).containsText("宁化县");
		assertThat(page.locator(".breadcrumb")).containsText("福建省 › 三明市");
		assertThat(tableRows(page)).hasCount(16);
		assertThat(row(page, "安乐镇")).isVisible();

		link(page, "翠江镇").click();

		assertThat(heading(page)).containsText("翠江镇");
		assertThat(row(page, "南街居委会")).containsText("居委会/社区");
	}

	@Test
	@Phone
	void onAPhoneFindsTheMenuBehindItsButtonAndReadsRowsAsCards(Page page) {
		signIn(page);
		Locator divisionsEntry = menu(page).getByRole(AriaRole.LINK,
				new Locator.GetByRoleOptions().setName("行政区划").setExact(true));
		Locator menuButton = menu(page).locator("summary");

		assertThat(menuButton).isVisible();
		assertThat(menuButton).hasText("菜单");
		assertThat(divisionsEntry).isHidden();
		menuButton.click();
		assertThat(divisionsEntry).isVisible();
		divisionsEntry.click();

		link(page, "福建省").click();
		link(page, "三明市").click();
		link(page, "宁化县").click();

		assertThat(divisionsEntry).isHidden();
		assertThat(tableRows(page)).hasCount(16);
		assertThat(page.locator("table.list thead")).isHidden();
		Locator card = row(page, "安乐镇");
		BoundingBox code = card.locator("td").nth(0).boundingBox();
		BoundingBox name = card.locator("td").nth(1).boundingBox();
		BoundingBox kind = card.locator("td").nth(2).boundingBox();
		// one field under the other, each as wide as the card, all within the phone's width
		assertThat(name.y).isGreaterThanOrEqualTo(code.y + code.height - 1);
		assertThat(kind.y).isGreaterThanOrEqualTo(name.y + name.height - 1);
		assertThat(name.x).isEqualTo(code.x);
		assertThat(card.boundingBox().x + card.boundingBox().width).isLessThanOrEqualTo(375);
		assertThat(label(card.locator("td").nth(1))).isEqualTo("\"名称：\"");
		assertThat(card).containsText("安乐镇");
	}

	private static Locator heading(Page page) {
		return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1));
	}

	/** What a phone shows before a cell's value: the column's name, drawn by the style sheet. */
	private static String label(Locator cell) {
		return (String) cell.evaluate("td => getComputedStyle(td, '::before').content");
	}
}

package org.bastion.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.bastion.browser.Axe.assertNoSeriousViolations;
import static org.bastion.browser.Pages.button;
import static org.bastion.browser.Pages.signIn;

import java.util.List;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The search picker as a clerk uses it: type a few characters of a name, choose from the matches, never an id. */
@BrowserTest
class PickerBrowserTests {

	@Autowired
	JdbcClient jdbc;

	/**
	 * A picker's text field, once picker.js has wired it ({@code data-picker-ready}): typing into it before then
	 * would fire no search. The name may end in the required mark (" *", CSS content, which Chromium counts in the name).
	 */
	static Locator combobox(Page page, String label) {
		return page.locator(".picker[data-picker-ready]")
			.getByRole(AriaRole.COMBOBOX, new Locator.GetByRoleOptions().setName(Pattern.compile("^" + label + "( \\*)?$")));
	}

	static Locator option(Page page, String label) {
		return page.locator("[role=option][data-label=\"" + label + "\"]");
	}

	@Test
	void typingAnleFindsAnleTownshipsCommitteeAndFiltersThePeopleByIt(Page page) {
		signIn(page);
		page.navigate("/people");
		Locator organization = combobox(page, "所在党组织");
		organization.fill("安乐");
		Locator anle = option(page, "中共宁化县安乐镇委员会");
		assertThat(anle).isVisible();
		assertThat(anle).containsText("中共宁化县委员会");
		assertThat(organization).hasAttribute("aria-expanded", "true");
		assertNoSeriousViolations(page);
		anle.click();
		assertThat(organization).hasValue("中共宁化县安乐镇委员会");
		button(page, "查找").click();
		assertThat(page).hasURL(Pattern.compile(".*organizationId=\\d+.*"));
		assertThat(page.locator("table.list tbody tr").first()).isVisible();
	}

	@Test
	void aSurnameFindsCadresToldApartByOrganizationAndIdTailAndTheKeyboardChoosesOne(Page page) {
		signIn(page);
		page.navigate("/pairings/n-plus-one");
		page.locator("summary", new Page.LocatorOptions().setHasText("新增结对")).click();
		Locator cadre = combobox(page, "帮扶方（帮扶干部）");
		cadre.fill("张");
		Locator options = page.locator("#leftId-options [role=option]");
		assertThat(options.first()).isVisible();
		List<String> labels = options.locator(".pick-label").allTextContents();
		assertThat(labels).isNotEmpty().allMatch(l -> l.startsWith("张"));
		assertThat(options.first()).containsText("身份证尾号");
		cadre.press("ArrowDown");
		assertThat(cadre).hasAttribute("aria-activedescendant", "leftId-options-0");
		cadre.press("Enter");
		assertThat(cadre).hasValue(labels.get(0));
		assertThat(page.locator("input[type=hidden][name=leftId]")).hasValue(Pattern.compile("\\d+"));
		assertNoSeriousViolations(page);
	}

	@Test
	void aVillageIsFoundByPartOfItsNameAndFiltersTheHouseholds(Page page) {
		String[] village = jdbc.sql("select code, name from division where level = 'VILLAGE' and code like '350424107%' and name not like '安乐%' order by code limit 1")
			.query((rs, n) -> new String[] {rs.getString("code"), rs.getString("name")}).single();
		signIn(page);
		page.navigate("/households");
		combobox(page, "乡镇或村（居）").fill(village[1].substring(0, village[1].length() - 3));
		// villages of one name elsewhere in the province are told apart by their township and code
		Locator choice = page.locator("[role=option][data-value=\"" + village[0] + "\"]");
		assertThat(choice).containsText(village[1]);
		assertThat(choice).containsText("安乐镇");
		choice.click();
		button(page, "查找").click();
		assertThat(page).hasURL(Pattern.compile(".*villageCode=" + village[0] + ".*"));
	}

	@Test
	@Phone
	void onAPhoneThePickerFitsAndPassesAxe(Page page) {
		signIn(page);
		page.navigate("/people");
		page.locator("details.list-filters summary").click();
		combobox(page, "所在党组织").fill("安乐");
		assertThat(option(page, "中共宁化县安乐镇委员会")).isVisible();
		assertThat(page.evaluate("() => document.documentElement.scrollWidth")).isEqualTo(375);
		assertNoSeriousViolations(page);
	}

	@Test
	void everyPageWithAPickerPassesAxe(Page page) {
		long round = jdbc.sql("select min(id) from reserve_round").query(Long.class).single();
		long inPool = jdbc.sql("select min(id) from reserve_candidate where state = 'IN_POOL'").query(Long.class).single();
		long anle = jdbc.sql("select id from party_organization where kind = 'TOWNSHIP_COMMITTEE' and division_code = '350424107'")
			.query(Long.class).single();
		signIn(page);
		for (String path : List.of("/people", "/people/new", "/households", "/pairings/n-plus-one", "/pairings/branch-village",
				"/pairings/n-plus-one/runs", "/pairings/n-plus-one/unpaired?division=350424107", "/reserve/rounds/" + round,
				"/reserve/candidates/" + inPool, "/audit", "/pick/organization?q=安乐&field=organizationId&back=/people",
				"/organizations/" + anle, "/people/new?organizationId=" + anle)) {
			page.navigate(path);
			assertNoSeriousViolations(page);
		}
		assertThat(combobox(page, "所在党组织")).hasValue("中共宁化县安乐镇委员会");
	}
}

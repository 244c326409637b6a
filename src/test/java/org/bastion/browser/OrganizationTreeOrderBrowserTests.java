package org.bastion.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.bastion.browser.Axe.assertNoSeriousViolations;
import static org.bastion.browser.Pages.signIn;

import java.util.List;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The county node opens onto its children as the county reads them: committees by code, then organs by kind, numerals in order. */
@BrowserTest
class OrganizationTreeOrderBrowserTests {

	@Autowired
	JdbcClient jdbc;

	@Test
	void theCountyOpensOntoTownshipCommitteesInCodeOrderThenOrganBranchesByKindWithNumeralsInOrder(Page page) {
		signIn(page);
		page.navigate("/organizations");
		Locator county = page.locator("ul.org-tree > li.node").first();
		Locator toggle = county.locator("> details.kids > summary");
		assertThat(toggle).hasText(Pattern.compile("中共宁化县委员会\\s*下级 \\d+ 个"));
		toggle.click();

		Locator groups = county.locator("li.tree-group > .group-heading");
		assertThat(groups.first()).hasText("乡镇党委（16 个）");
		assertThat(groups.nth(1)).hasText(Pattern.compile("县直机关（党群机关）（\\d+ 个）"));
		List<String> townships = county.locator("li.tree-group").first().locator("> ul > li > a").allTextContents();
		List<String> byCode = jdbc.sql("select name from party_organization where kind = 'TOWNSHIP_COMMITTEE' and not dissolved"
				+ " and parent_id = (select id from party_organization where kind = 'COUNTY_COMMITTEE' and division_code = '350424' and parent_id is null) order by division_code")
			.query(String.class).list();
		assertThat(townships).containsExactlyElementsOf(byCode);

		List<String> finance = county.locator("li.tree-group a").allTextContents().stream()
			.filter(name -> name.contains("财政局")).toList();
		assertThat(finance).containsExactly("中共宁化县财政局机关第一支部委员会", "中共宁化县财政局机关第二支部委员会",
				"中共宁化县财政局机关第三支部委员会");
		assertThat(page.locator("summary a")).hasCount(0);
		assertNoSeriousViolations(page);
	}
}

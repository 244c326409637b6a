package org.bastion.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.bastion.browser.Axe.assertNoSeriousViolations;
import static org.bastion.browser.Pages.signIn;

import java.util.List;
import java.util.regex.Pattern;

import org.bastion.geography.Divisions;
import org.bastion.people.PersonFixtures;
import org.bastion.people.internal.PersonSheet;
import org.bastion.people.internal.PersonWorkbooks;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;

/** An import runs as long work: the browser goes from its progress page to the import's report on its own. */
@BrowserTest
class ImportBrowserTests {

	@Autowired
	PersonSheet personSheet;

	@Autowired
	Divisions divisions;

	@Test
	void anUploadedPersonFileIsImportedInTheBackgroundAndTheReportOpensWhenItIsDone(Page page) throws Exception {
		String village = divisions.villagesUnder("350424107").get(0).code();
		String name = "浏览器导入" + System.nanoTime() % 100000;
		byte[] file = PersonWorkbooks.persons(personSheet, List.of(PersonFixtures.resident(name, village)));
		signIn(page);
		page.navigate("/imports");
		page.locator("#people-file").setInputFiles(new FilePayload("人员.xlsx",
				"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", file));
		page.locator("#people-file").locator("xpath=ancestor::form").locator("button[type=submit]").click();

		// the progress page polls until the import is done, then opens the report (up to BrowserExtension.PATIENCE_MILLIS)
		assertThat(page).hasURL(Pattern.compile(".*/imports/result/\\d+"));
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("全部导入");
		assertNoSeriousViolations(page);

		page.navigate("/work");
		assertThat(page.locator("table.list tbody tr").first()).containsText("导入人员：人员.xlsx");
		page.locator("table.list tbody tr").first().getByRole(AriaRole.LINK).click();
		assertThat(page.locator("#work-progress")).containsText("已完成");
		assertNoSeriousViolations(page);
	}
}

package org.bastion.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.bastion.browser.Pages.button;
import static org.bastion.browser.Pages.link;
import static org.bastion.browser.Pages.openMenu;
import static org.bastion.browser.Pages.signIn;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

@BrowserTest
class PairingBrowserTests {

	@org.springframework.beans.factory.annotation.Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	/** The township is picked by typing its name (issue 11: never a code), as a clerk does. */
	void pickTownship(Page page, String code) {
		String name = jdbc.sql("select name from division where code = ?").param(code).query(String.class).single();
		PickerBrowserTests.combobox(page, "乡镇或村").fill(name);
		page.getByRole(AriaRole.OPTION).filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText(code)).first().click();
	}

	@Test
	void runsTheSolverForATownshipReadsWhyEachPairWasProposedAndConfirmsThemAll(Page page) {
		signIn(page);
		openMenu(page, "结对帮扶");
		link(page, "党员结穷亲（N+1）").click();
		link(page, "智能结对").first().click();
		pickTownship(page, "350424106");
		button(page, "运行求解器").click();

		// the run proceeds as long work: its progress page moves on to the run's page when it is done
		assertThat(page).hasURL(Pattern.compile(".*/pairings/run/\\d+"));

		assertThat(page.locator("main")).containsText("已完成");
		assertThat(page.locator("table.list tbody tr").first()).containsText("名额序号");
		button(page, "全部确认").click();

		// the page confirms the township's pairs before it redirects back with its status line, which can take
		// many seconds on a loaded machine: wait for that result (up to BrowserExtension.PATIENCE_MILLIS)
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("已确认");
		assertThat(page.locator("table.list tbody tr").first()).containsText("已确认");
		page.screenshot(new Page.ScreenshotOptions().setPath(java.nio.file.Path.of("target/pairing-run.png")));
	}

	@Test
	void theNPlusOneRunForAnleShowsItsProgressPageAndThenTheRunAndStaysInTheListOfWork(Page page) {
		signIn(page);
		page.navigate("/pairings/n-plus-one/runs");
		pickTownship(page, "350424107");
		button(page, "运行求解器").click();
		if (page.url().contains("/work/")) {
			page.screenshot(new Page.ScreenshotOptions().setPath(java.nio.file.Path.of("target/long-work-progress.png")));
		}

		assertThat(page).hasURL(Pattern.compile(".*/pairings/run/\\d+"));
		assertThat(page.locator("main")).containsText("已完成");
		page.navigate("/work");
		assertThat(page.locator("table.list tbody tr").first()).containsText("350424107");
		assertThat(page.locator("table.list tbody tr").first()).containsText("已完成");
		page.screenshot(new Page.ScreenshotOptions().setPath(java.nio.file.Path.of("target/long-work-list.png")));
	}
}

package org.bastion.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.bastion.browser.Axe.assertNoSeriousViolations;
import static org.bastion.browser.Pages.signIn;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * The dashboard as the county's administrator meets it on Ninghua's demo data (the real engine and
 * providers; the demo's pairings start this year), on a desktop and on a phone: the home page shows the
 * figures and draws the charts (without breaking the CSP), the figure read on the page leads to its indicator
 * page, whose drill-down list counts exactly as many records; the work report and the wall open; and none
 * of these pages has a serious accessibility violation.
 */
@BrowserTest
class DashboardBrowserTests {

	private static final Pattern TOTAL = Pattern.compile("共 ([0-9,]+) 条");

	@Test
	void aFigureOnTheDashboardLeadsToAsManyRecordsOnADesktop(Page page) {
		readsAFigureAndFindsItsRecords(page);
	}

	@Test
	@Phone
	void aFigureOnTheDashboardLeadsToAsManyRecordsOnAPhone(Page page) {
		readsAFigureAndFindsItsRecords(page);
	}

	private static void readsAFigureAndFindsItsRecords(Page page) {
		List<String> refused = new ArrayList<>();
		// a refused script or style, a script error, a failed request of the page (not the browser's own
		// favicon look-ups, which the console reports as failed loads too)
		page.onConsoleMessage(m -> {
			if ("error".equals(m.type()) && !m.text().startsWith("Failed to load resource")) {
				refused.add(m.text());
			}
		});
		page.onPageError(refused::add);
		page.onResponse(r -> {
			if (r.status() >= 400) {
				refused.add(r.status() + " " + r.url());
			}
		});
		signIn(page);
		Locator figure = page.locator("a.figure[data-code='pairing.n1.households']");
		assertThat(figure).isVisible();
		String shown = figure.locator(".number").textContent().strip();
		Assertions.assertThat(shown).as("the demo pairs households in 2026").matches("[1-9][0-9,]*");
		assertThat(page.locator("#chart-pairing-trend .chart-canvas canvas")).hasCount(1);
		assertThat(page.locator("#chart-pairing-children .chart-canvas canvas")).hasCount(1);
		assertNoSeriousViolations(page);

		figure.click();
		assertThat(page).hasURL(Pattern.compile("/indicators/pairing\\.n1\\.households\\?period=\\d{4}$"));
		assertThat(page.locator("#indicator-value")).hasText(shown);
		String summary = page.locator("nav.pager .pager-summary").first().textContent();
		Matcher total = TOTAL.matcher(summary);
		Assertions.assertThat(total.find()).as(summary).isTrue();
		Assertions.assertThat(total.group(1)).isEqualTo(shown);
		assertThat(page.locator("table.list tbody tr")).hasCount(20);
		assertNoSeriousViolations(page);

		page.navigate("/reports/work");
		assertThat(page.locator("article.report h1")).hasText("宁化县基层党建工作简报");
		assertNoSeriousViolations(page);
		page.navigate("/dashboard/wall");
		assertThat(page.locator("a.figure[data-code='pairing.n1.households'] .number")).hasText(shown);
		assertNoSeriousViolations(page);
		page.evaluate("() => document.querySelector('section.dashboard').dataset.loaded = 'first'");
		page.evaluate("() => window.bastionWall.refresh()");          // what the 5-minute timer does
		assertThat(page.locator("section.dashboard[data-loaded]")).hasCount(0);
		assertThat(page.locator("a.figure[data-code='pairing.n1.households'] .number")).hasText(shown);
		assertThat(page.locator("#chart-pairing-trend .chart-canvas canvas")).hasCount(1);
		Assertions.assertThat(refused).as("CSP refusals, script errors, failed requests").isEmpty();
	}
}

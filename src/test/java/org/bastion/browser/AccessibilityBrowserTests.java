package org.bastion.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bastion.browser.Axe.assertNoSeriousViolations;
import static org.bastion.browser.Axe.seriousViolations;
import static org.bastion.browser.Pages.ADMIN;
import static org.bastion.browser.Pages.signIn;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

/** axe-core finds no serious or critical violation on the pages, on a desktop and on a phone. */
@BrowserTest
class AccessibilityBrowserTests {

	/** Signed-in pages: the workbench, the provinces, a county with its townships, a township with its committees. */
	private static final String[] PAGES = {"/", "/divisions", "/divisions?q=安乐", "/divisions/350424", "/divisions/350424100"};

	@Test
	void readsTheLoginPageAndTheSignedInPagesOnADesktop(Page page) {
		scanAll(page);
	}

	@Test
	@Phone
	void readsTheLoginPageAndTheSignedInPagesOnAPhone(Page page) {
		scanAll(page);
	}

	@Test
	void catchesAnImageWithoutATextAlternative(Page page) {
		page.navigate("/login");
		page.evaluate("() => document.querySelector('main').append(document.createElement('img'))");

		assertThat(seriousViolations(page)).extracting(v -> v.get("id")).contains("image-alt");
	}

	private static void scanAll(Page page) {
		page.navigate("/login");
		assertNoSeriousViolations(page);
		signIn(page, ADMIN, "wrong");
		assertNoSeriousViolations(page); // with the error message
		signIn(page);
		for (String path : PAGES) {
			page.navigate(path);
			assertNoSeriousViolations(page);
		}
	}
}

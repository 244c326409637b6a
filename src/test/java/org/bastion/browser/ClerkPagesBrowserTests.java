package org.bastion.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.bastion.browser.Pages.signIn;
import static org.bastion.browser.Pages.tableRows;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.ApplicationContext;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** A clerk's first minutes (issue 11): the login while the demo generates and the person page's fields. */
@BrowserTest
class ClerkPagesBrowserTests {

	@Autowired
	ApplicationContext context;

	@Test
	void theLoginPageSaysTheDemoDataIsBeingGenerated(Page page) {
		AvailabilityChangeEvent.publish(context, ReadinessState.REFUSING_TRAFFIC);
		try {
			page.navigate("/login");
			assertThat(page.locator("main [role=status]")).containsText("正在生成演示数据，请稍候");
		}
		finally {
			AvailabilityChangeEvent.publish(context, ReadinessState.ACCEPTING_TRAFFIC);
		}
		page.navigate("/login");
		assertThat(page.locator("main")).not().containsText("正在生成演示数据");
	}

	@Test
	void onADesktopThePersonPagesLabelsAndValuesShareARow(Page page) {
		signIn(page);
		page.navigate("/people");
		tableRows(page).first().locator("a").first().click();

		Locator labels = page.locator("section.card").first().locator("dl.fields dt");
		org.assertj.core.api.Assertions.assertThat(labels.count()).isGreaterThanOrEqualTo(8);
		for (int i = 0; i < labels.count(); i++) {
			Locator label = labels.nth(i);
			Locator value = label.locator("xpath=following-sibling::dd[1]");
			org.assertj.core.api.Assertions.assertThat(value.boundingBox().y).as(label.textContent())
				.isCloseTo(label.boundingBox().y, within(2.0));
			org.assertj.core.api.Assertions.assertThat(value.boundingBox().x).as(label.textContent())
				.isGreaterThan(label.boundingBox().x + label.boundingBox().width);
		}
	}
}

package org.bastion.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

import org.bastion.IntegrationTest;
import org.bastion.common.Period;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Ninghua's demo records reproduce the article's published figure of every indicator whose module
 * has landed, for the default period (2026, this year by the county clock) and the whole county
 * (shared/spec/indicators.md, column "published"). A module that lands adds its rows to
 * {@link #PUBLISHED}; a figure the catalogue does not publish (—) is left out.
 */
@IntegrationTest
@WithMockUser(username = "admin", authorities = "indicator:read")
class NinghuaReconciliationTests {

	static final Period DEFAULT_PERIOD = Period.year(2026);

	/** code → the catalogue's published figure, as printed (thousands separators and two decimals allowed). */
	static final Map<String, String> PUBLISHED = new LinkedHashMap<>();
	static {
		PUBLISHED.put("reserve.classes.demonstration", "1");
		PUBLISHED.put("reserve.classes.basic", "32");
		PUBLISHED.put("reserve.mentor_coverage", "100.00");
		PUBLISHED.put("reserve.removed", "3");
		PUBLISHED.put("pairing.branch_village.branches", "86");
		PUBLISHED.put("pairing.branch_village.villages", "70");
		PUBLISHED.put("pairing.n1.cadres", "2,398");
		PUBLISHED.put("pairing.n1.households", "4,614");
		PUBLISHED.put("pairing.n1.quota_violations", "0");
		PUBLISHED.put("households.exited_rate", "100.00");
		PUBLISHED.put("first_secretaries.sent", "162");
	}

	static Stream<Arguments> published() {
		return PUBLISHED.entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
	}

	@Autowired
	Indicators indicators;

	@ParameterizedTest(name = "{0} = {1}")
	@MethodSource("published")
	void theDemoReproducesThePublishedFigure(String code, String published) {
		BigDecimal value = indicators.value(code, null, DEFAULT_PERIOD).value();
		assertThat(value).as(code).isNotNull().isEqualByComparingTo(new BigDecimal(published.replace(",", "")));
	}
}

package org.bastion.indicators.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.bastion.IntegrationTest;
import org.bastion.common.PageRequest;
import org.bastion.common.Period;
import org.bastion.indicators.IndicatorKind;
import org.bastion.indicators.IndicatorValue;
import org.bastion.indicators.Indicators;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** The engine on Ninghua's demo data, for 2026 (the demo's pairings start in it). */
@IntegrationTest
@WithMockUser(username = "admin", authorities = {"indicator:read", "data:export"})
class IndicatorEngineTests {

	static final Period YEAR = Period.year(2026);

	@Autowired
	Indicators indicators;
	@Autowired
	FactKeeper keeper;

	@Test
	void theKeptFactsOfTheDemoAgreeWithAFullRecount() {
		FactKeeper.Recount check = keeper.recount(true);
		assertThat(check.differing()).isEmpty();
		assertThat(check.recounted()).isPositive();
	}

	@Test
	void everyDrillDownListsAsManyRecordsAsItsValueCounts() {
		for (IndicatorValue v : indicators.values(null, YEAR)) {
			long total = indicators.records(v.code(), null, YEAR, PageRequest.of(0, 5)).total();
			switch (v.definition().kind()) {
				case DISTINCT_COUNT, STOCK -> assertThat(total).as(v.code()).isEqualTo(v.value().longValueExact());
				case RATIO -> assertThat(total).as(v.code()).isEqualTo(v.numerator().longValueExact());
				case SUM -> assertThat(total).as(v.code()).isNotNegative();
			}
		}
	}

	@Test
	void ratesKeepTwoDecimalsRoundedHalfUpAndAnEmptyBaseHasNone() {
		assertThat(IndicatorEngine.rate(BigDecimal.valueOf(27), BigDecimal.valueOf(29))).isEqualByComparingTo("93.10");
		assertThat(IndicatorEngine.rate(BigDecimal.valueOf(27), BigDecimal.valueOf(29)).scale()).isEqualTo(2);
		assertThat(IndicatorEngine.rate(BigDecimal.ONE, BigDecimal.valueOf(8))).isEqualByComparingTo("12.50");
		assertThat(IndicatorEngine.rate(BigDecimal.ONE, BigDecimal.valueOf(400))).isEqualByComparingTo("0.25");
		assertThat(IndicatorEngine.rate(BigDecimal.ZERO, BigDecimal.ZERO)).isNull();
	}

	@Test
	void theBranchVillagePairingsCountSeventyVillages() {
		assertThat(indicators.value("pairing.branch_village.villages", null, YEAR).value()).isEqualByComparingTo("70");
		assertThat(indicators.definition("pairing.branch_village.villages").orElseThrow().kind())
			.isEqualTo(IndicatorKind.DISTINCT_COUNT);
	}
}

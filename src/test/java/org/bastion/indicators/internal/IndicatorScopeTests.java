package org.bastion.indicators.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.bastion.IntegrationTest;
import org.bastion.SwitchedDataScopes;
import org.bastion.common.DomainException;
import org.bastion.common.PageRequest;
import org.bastion.common.Period;
import org.bastion.common.scope.DataScope;
import org.bastion.common.scope.DataScopes;
import org.bastion.indicators.IndicatorRecord;
import org.bastion.indicators.IndicatorShare;
import org.bastion.indicators.Indicators;
import org.bastion.organization.OrganizationKind;
import org.bastion.organization.Organizations;
import org.bastion.organization.SubtreeCoverage;
import org.bastion.pairing.PairingKind;
import org.bastion.pairing.internal.PairingManagement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.convention.TestBean;

/**
 * Indicators in a part of the tree, on Ninghua's demo data for 2026 (the demo's pairings start in
 * it): a township sees its own figures only, the townships' shares of an additive figure add up to
 * the county's, and a period counts only what overlaps it.
 */
@IntegrationTest
@WithMockUser(username = "admin", authorities = {"indicator:read", "pairing:read", "pairing:write"})
class IndicatorScopeTests {

	static final Period YEAR = Period.year(2026);
	static final String ANLE = "350424107";
	static final String CUIJIANG = "350424100";

	@TestBean(methodName = "org.bastion.SwitchedDataScopes#dataScopes")
	DataScopes dataScopes;
	@Autowired
	Indicators indicators;
	@Autowired
	Organizations organizations;
	@Autowired
	PairingManagement pairings;
	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void everythingAgain() {
		SwitchedDataScopes.scope = DataScope::everything;
	}

	long committee(String division) {
		return jdbc.sql("select id from party_organization where kind = 'TOWNSHIP_COMMITTEE' and division_code = :d")
			.param("d", division).query(Long.class).single();
	}

	long county() {
		return jdbc.sql("select id from party_organization where kind = 'COUNTY_COMMITTEE'").query(Long.class).single();
	}

	void actAs(String township) {
		SubtreeCoverage coverage = organizations.coverage(List.of(committee(township)));
		DataScope scope = DataScope.of(coverage.organizationIds(), coverage.divisionPrefixes());
		SwitchedDataScopes.scope = () -> scope;
	}

	@Test
	void aTownshipSeesItsOwnFiguresOnlyTheSameAsTheCountySeesForIt() {
		BigDecimal anleAsSeenByTheCounty = indicators.breakdown("pairing.n1.households", county(), YEAR).stream()
			.filter(s -> s.organizationId() == committee(ANLE)).findFirst().orElseThrow().value().value();
		actAs(ANLE);
		assertThat(indicators.value("pairing.n1.households", null, YEAR).value()).isEqualByComparingTo(anleAsSeenByTheCounty);
		assertThat(indicators.value("pairing.branch_village.villages", null, YEAR).value())
			.isEqualByComparingTo(String.valueOf(villagesPairedIn(ANLE)));
		long cuijiang = committee(CUIJIANG);
		assertThatThrownBy(() -> indicators.value("pairing.n1.households", cuijiang, YEAR))
			.isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.NOT_FOUND));
	}

	long villagesPairedIn(String township) {
		return jdbc.sql("select count(distinct right_id) from pairing where kind = 'BRANCH_VILLAGE' and status <> 'PROPOSED' "
				+ "and right_division like :d").param("d", township + "%").query(Long.class).single();
	}

	@Test
	void theTownshipsSharesOfAnAdditiveFigureAddUpToTheCountys() {
		for (String code : List.of("pairing.branch_village.villages", "households.registered")) {
			List<IndicatorShare> shares = indicators.breakdown(code, county(), YEAR);
			BigDecimal townships = shares.stream()
				.filter(s -> organizations.get(s.organizationId()).kind() == OrganizationKind.TOWNSHIP_COMMITTEE)
				.map(s -> s.value().value())
				.reduce(BigDecimal.ZERO, BigDecimal::add);
			assertThat(townships).as(code).isEqualByComparingTo(indicators.value(code, county(), YEAR).value()).isPositive();
		}
	}

	@Test
	void aTownshipsDrillDownListsNoRecordOfAnotherTownship() {
		Set<Long> cuijiangOnly = new HashSet<>(jdbc.sql("select id from pairing where right_division like :c and "
				+ "(left_division is null or left_division not like :a)").param("c", CUIJIANG + "%").param("a", ANLE + "%")
			.query(Long.class).list());
		assertThat(cuijiangOnly).isNotEmpty();
		actAs(ANLE);
		for (String code : List.of("pairing.n1.households", "pairing.n1.cadres", "pairing.branch_village.villages",
				"pairing.branch_village.branches")) {
			var page = indicators.records(code, null, YEAR, PageRequest.of(0, 200));
			assertThat(page.total()).as(code).isEqualTo(indicators.value(code, null, YEAR).value().longValueExact());
			assertThat(page.items()).extracting(IndicatorRecord::recordId).as(code).doesNotContainAnyElementsOf(cuijiangOnly);
		}
	}

	@Test
	void aPairingEndingTheDayBeforeThePeriodDoesNotCountInItAndOneEndingOnItsFirstDayDoes() {
		long cadre = jdbc.sql("select min(p.id) from person p where p.cadre_rank = 'SECTION_CHIEF' and p.id not in "
				+ "(select left_id from pairing where kind = 'N_PLUS_ONE' and status <> 'ENDED')").query(Long.class).single();
		List<Long> households = jdbc.sql("select h.id from household h where h.village_code not like '350424107%' "
				+ "and h.village_code not like '350424100%' and h.id not in "
				+ "(select right_id from pairing where kind = 'N_PLUS_ONE' and status <> 'ENDED') order by h.id")
			.query(Long.class).list().subList(0, 2);
		// years before the demo's pairing history (its finished N+1 term starts in 2023)
		Period y2021 = Period.year(2021);
		Period y2022 = Period.year(2022);
		BigDecimal before2022 = indicators.value("pairing.n1.households", null, y2022).value();
		BigDecimal before2021 = indicators.value("pairing.n1.households", null, y2021).value();
		long endedBefore = pairings.pairActive(PairingKind.N_PLUS_ONE, cadre, households.get(0), LocalDate.of(2020, 3, 1)).id();
		pairings.end(endedBefore, "测试：上一年度结束", LocalDate.of(2021, 12, 31));
		long endedOnTheFirstDay = pairings.pairActive(PairingKind.N_PLUS_ONE, cadre, households.get(1), LocalDate.of(2020, 3, 1)).id();
		pairings.end(endedOnTheFirstDay, "测试：新年第一天结束", LocalDate.of(2022, 1, 1));

		assertThat(indicators.value("pairing.n1.households", null, y2022).value()).isEqualByComparingTo(before2022.add(BigDecimal.ONE));
		assertThat(indicators.value("pairing.n1.households", null, y2021).value())
			.isEqualByComparingTo(before2021.add(BigDecimal.valueOf(2)));
		assertThat(indicators.records("pairing.n1.households", null, y2022, PageRequest.of(0, 200)).items())
			.extracting(IndicatorRecord::recordId).contains(endedOnTheFirstDay).doesNotContain(endedBefore);
	}
}

package org.bastion.indicators.internal;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.IntStream;

import org.bastion.IntegrationTest;
import org.bastion.SwitchedDataScopes;
import org.bastion.common.PageRequest;
import org.bastion.common.Period;
import org.bastion.common.scope.DataScope;
import org.bastion.common.scope.DataScopes;
import org.bastion.indicators.IndicatorFact;
import org.bastion.indicators.IndicatorPlace;
import org.bastion.indicators.IndicatorRecord;
import org.bastion.indicators.Indicators;
import org.bastion.organization.Organizations;
import org.bastion.organization.SubtreeCoverage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.convention.TestBean;

/**
 * A benchmark, not a test (docs/benchmarks.md): on the Ninghua demo plus {@link #SYNTHETIC} generated
 * facts of pairing.n1.households spread over Ninghua's villages (written through the engine's own
 * store), times the uncached dashboard (every value), a breakdown by township, a drill-down page and
 * the recount, for the county and for a township, each against a plain {@code count(*)} of the same
 * facts. Prints, asserts nothing about time. {@code ./mvnw -o test -Pbenchmark -Ppostgres -Dtest=IndicatorBenchmark}.
 */
@Tag("benchmark")
@IntegrationTest
@WithMockUser(username = "admin", authorities = {"indicator:read"})
class IndicatorBenchmark {

	static final int SYNTHETIC = Integer.getInteger("bastion.bench.facts", 1_000_000);
	static final int RUNS = 20;
	static final Period YEAR = Period.year(2026);

	@TestBean(methodName = "org.bastion.SwitchedDataScopes#dataScopes")
	DataScopes dataScopes;
	@Autowired
	Indicators indicators;
	@Autowired
	FactStore store;
	@Autowired
	FactKeeper keeper;
	@Autowired
	Organizations organizations;
	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void everythingAgain() {
		SwitchedDataScopes.scope = DataScope::everything;
	}

	@Test
	void measuresTheDashboardTheDrillDownAndTheRecount() {
		List<String> villages = jdbc.sql("select code from division where code like '350424%' and level = 'VILLAGE' order by code")
			.query(String.class).list();
		long started = System.currentTimeMillis();
		store.insert(FactStore.FACT, IntStream.range(0, SYNTHETIC).mapToObj(i -> synthetic(i, villages.get(i % villages.size()))));
		store.bump();
		jdbc.sql("analyze indicator_fact").update();
		System.out.printf("BENCH wrote %,d synthetic facts in %,d ms; facts now %,d%n", SYNTHETIC,
				System.currentTimeMillis() - started, store.count(FactStore.FACT));
		long county = jdbc.sql("select id from party_organization where kind = 'COUNTY_COMMITTEE'").query(Long.class).single();
		long township = jdbc.sql("select id from party_organization where kind = 'TOWNSHIP_COMMITTEE' and division_code = '350424107'")
			.query(Long.class).single();

		report("county", county, null);
		SubtreeCoverage anle = organizations.coverage(List.of(township));
		DataScope scope = DataScope.of(anle.organizationIds(), anle.divisionPrefixes());
		SwitchedDataScopes.scope = () -> scope;
		report("township (as its administrator)", null, "350424107");
		SwitchedDataScopes.scope = DataScope::everything;

		jdbc.sql("delete from indicator_fact where record_type = 'bench'").update();
		long recount = time(() -> keeper.recount(true).recounted());
		System.out.printf("BENCH recount-indicators --check on the demo: %,d ms%n", recount);
	}

	private void report(String who, Long root, String prefix) {
		long[] values = runs(() -> {
			store.bump();
			return indicators.values(root, YEAR).size();
		});
		long[] breakdown = runs(() -> {
			store.bump();
			return indicators.breakdown("pairing.n1.households", root, YEAR).size();
		});
		long[] page = runs(() -> indicators.records("pairing.n1.households", root, YEAR, PageRequest.of(5, 20)).total());
		long[] cached = runs(() -> indicators.values(root, YEAR).size());
		String where = prefix == null ? "" : " and (division_code like '" + prefix + "%' or other_division_code like '" + prefix + "%')";
		long[] count = runs(() -> jdbc.sql("select count(*) from indicator_fact where code = 'pairing.n1.households'" + where)
			.query(Long.class).single());
		long[] distinct = runs(() -> jdbc.sql("select count(distinct distinct_key) from indicator_fact where code = 'pairing.n1.households'"
				+ where).query(Long.class).single());
		System.out.printf("BENCH %s: every value p50 %d p95 %d ms; breakdown p50 %d p95 %d ms; drill-down page p50 %d p95 %d ms; "
				+ "cached values p95 %d ms; plain count(*) p50 %d p95 %d ms; count(distinct) p50 %d p95 %d ms; "
				+ "dashboard / count(*) = %.1f%n", who, values[0], values[1], breakdown[0], breakdown[1], page[0], page[1], cached[1],
				count[0], count[1], distinct[0], distinct[1], (double) values[1] / Math.max(1, count[1]));
	}

	private static long[] runs(Supplier<Object> work) {
		work.get();
		long[] times = new long[RUNS];
		for (int i = 0; i < RUNS; i++) {
			times[i] = time(work);
		}
		Arrays.sort(times);
		return new long[] {times[RUNS / 2], times[(int) Math.ceil(RUNS * 0.95) - 1]};
	}

	private static long time(Supplier<Object> work) {
		long start = System.nanoTime();
		work.get();
		return (System.nanoTime() - start) / 1_000_000;
	}

	private static IndicatorFact synthetic(int i, String village) {
		LocalDate from = LocalDate.of(2023 + i % 4, 1 + i % 12, 1);
		IndicatorRecord label = new IndicatorRecord("bench", i, "合成户" + i, null, null, from, null, null, null);
		return new IndicatorFact("pairing.n1.households", "bench", i, List.of(IndicatorPlace.of(null, village)), from,
				i % 3 == 0 ? from.plusYears(1) : null, "bench:" + (i / 2), null, label);
	}
}

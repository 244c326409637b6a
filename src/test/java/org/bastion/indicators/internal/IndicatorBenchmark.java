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
 * facts. Prints, asserts nothing about time. {@code ./mvnw -o test -Ppostgres,benchmark -Dbastion.test.db=postgres -Dtest=IndicatorBenchmark}.
 */
@Tag("benchmark")
@IntegrationTest
@WithMockUser(username = "admin", authorities = {"indicator:read"})
class IndicatorBenchmark {

	static final int SYNTHETIC = Integer.getInteger("bastion.bench.facts", 200_000);
	static final int RUNS = Integer.getInteger("bastion.bench.runs", 5);
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
		try {
			jdbc.sql("analyze indicator_fact").update();
		}
		catch (org.springframework.dao.DataAccessException h2) {
			jdbc.sql("analyze table indicator_fact").update();
		}
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
		String where = prefix == null ? "" : " and (division_code like '" + prefix + "%' or other_division_code like '" + prefix + "%')";
		long[] count = runs(() -> jdbc.sql("select count(*) from indicator_fact where code = 'pairing.n1.households'" + where)
			.query(Long.class).single());
		print(who, "plain count(*) of the same facts", count, count);
		print(who, "count(distinct) of the same facts", runs(() -> jdbc.sql("select count(distinct distinct_key) from indicator_fact "
				+ "where code = 'pairing.n1.households'" + where).query(Long.class).single()), count);
		print(who, "every value (dashboard, uncached)", runs(() -> {
			store.bump();
			return indicators.values(root, YEAR).size();
		}), count);
		print(who, "every value, cached", runs(() -> indicators.values(root, YEAR).size()), count);
		print(who, "drill-down page 6 of 20", runs(() -> indicators.records("pairing.n1.households", root, YEAR,
				PageRequest.of(5, 20)).total()), count);
		print(who, "monthly history of a year", runs(() -> {
			store.bump();
			return indicators.history("pairing.n1.households", root, java.time.YearMonth.of(2026, 1),
					java.time.YearMonth.of(2026, 12)).size();
		}), count);
		print(who, "breakdown by child organization", runs(() -> {
			store.bump();
			return indicators.breakdown("pairing.n1.households", root, YEAR).size();
		}), count);
	}

	private static void print(String who, String what, long[] times, long[] count) {
		System.out.printf("BENCH %s | %s | p50 %d ms | p95 %d ms | × count(*) %.1f%n", who, what, times[0], times[1],
				(double) times[1] / Math.max(1, count[1]));
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

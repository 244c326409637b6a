package org.bastion.indicators.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import org.bastion.IntegrationTest;
import org.bastion.common.DomainException;
import org.bastion.pairing.PairingKind;
import org.bastion.pairing.internal.PairingManagement;
import org.bastion.people.Households;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The kept facts equal a full recount after random changes made through the modules' own APIs
 * (seeded, so a failure repeats), and the recount repairs kept facts that were tampered with.
 */
@IntegrationTest
@WithMockUser(username = "admin", authorities = {"indicator:read", "pairing:read", "pairing:write", "household:read",
		"household:write"})
class IndicatorRecountTests {

	@Autowired
	FactKeeper keeper;
	@Autowired
	PairingManagement pairings;
	@Autowired
	Households households;
	@Autowired
	JdbcClient jdbc;

	List<Long> ids(String sql) {
		return jdbc.sql(sql).query(Long.class).list();
	}

	@Test
	void afterRandomChangesTheKeptFactsEqualAFullRecount() {
		Random random = new Random(13);
		List<Long> cadres = ids("select id from person where cadre_rank is not null order by id");
		// households outside 安乐镇 and 翠江镇, whose pairings other tests count
		List<Long> free = ids("select h.id from household h where h.village_code not like '350424107%' "
				+ "and h.village_code not like '350424100%' and h.id not in (select right_id from pairing "
				+ "where kind = 'N_PLUS_ONE' and status <> 'ENDED') order by h.id");
		List<Long> made = new java.util.ArrayList<>();
		int changes = 0;
		for (int i = 0; i < 60; i++) {
			try {
				switch (random.nextInt(4)) {
					case 0 -> made.add(pairings.pairActive(PairingKind.N_PLUS_ONE, cadres.get(random.nextInt(cadres.size())),
							free.get(random.nextInt(free.size())), LocalDate.of(2026, 1 + random.nextInt(11), 1 + random.nextInt(28))).id());
					case 1 -> {
						if (!made.isEmpty()) {
							pairings.end(made.get(random.nextInt(made.size())), "测试：随机结束",
									LocalDate.of(2026, 1 + random.nextInt(11), 1 + random.nextInt(28)));
						}
					}
					case 2 -> {
						List<Long> all = free;
						households.recordLeftPoverty(all.get(random.nextInt(all.size())), 2016 + random.nextInt(5));
					}
					default -> made.add(pairings.create(PairingKind.N_PLUS_ONE, cadres.get(random.nextInt(cadres.size())),
							free.get(random.nextInt(free.size())), null, LocalDate.of(2025, 1 + random.nextInt(12), 1), true).id());
				}
				changes++;
			}
			catch (DomainException refused) {
				// a rule refused the change (quota, a household already paired): nothing changed
			}
		}
		assertThat(changes).isGreaterThan(20);
		for (long id : made) {
			try {
				pairings.end(id, "测试：收尾", LocalDate.of(2026, 12, 1));
			}
			catch (DomainException alreadyEnded) {
				// ended by a random change, or only proposed
			}
		}
		FactKeeper.Recount check = keeper.recount(true);
		assertThat(check.differing()).as("indicators whose kept facts differ from a recount").isEmpty();
	}

	@Test
	void theRecountFindsAndRepairsTamperedFacts() {
		jdbc.sql("delete from indicator_fact where id = (select min(id) from indicator_fact where code = 'pairing.n1.households')")
			.update();
		jdbc.sql("insert into indicator_fact (code, record_type, record_id, distinct_key, division_code, valid_from, title) "
				+ "values ('pairing.n1.cadres', 'pairing', -1, 'person:-1', '350424100', date '2026-01-01', '虚增')").update();

		FactKeeper.Recount check = keeper.recount(true);
		assertThat(check.differing()).containsExactlyInAnyOrder("pairing.n1.cadres", "pairing.n1.households");
		assertThat(check.repaired()).isFalse();
		assertThat(keeper.recount(true).differing()).hasSize(2);

		assertThat(keeper.recount(false).repaired()).isTrue();
		assertThat(keeper.recount(true).agrees()).isTrue();
	}
}

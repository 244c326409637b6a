package org.bastion.pairing.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.bastion.IntegrationTest;
import org.bastion.common.DomainException;
import org.bastion.pairing.PairingKind;
import org.bastion.pairing.PairingView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

/** 支部帮村 on Ninghua's demo data: more organ branches than poor villages, a village one or two helpers. */
@IntegrationTest
@WithMockUser(username = "admin", authorities = {"pairing:read", "pairing:write", "indicator:read"})
class PairingDemoTests {

	@Autowired
	PairingFigures figures;
	@Autowired
	PairingManagement pairings;
	@Autowired
	SolverRuns runs;
	@Autowired
	PairingStore store;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	java.time.Clock clock;

	private Map<Long, Long> helpersByVillage() {
		Map<Long, Long> helpers = new java.util.HashMap<>();
		jdbc.sql("select right_id, count(*) n from pairing where kind = 'BRANCH_VILLAGE' and status <> 'ENDED' group by right_id")
			.query(rs -> {
				helpers.put(rs.getLong("right_id"), rs.getLong("n"));
			});
		return helpers;
	}

	@Test
	void pairsEveryOrganBranchWithOneOfTheSeventyVillagesEachHavingOneOrTwo() {
		LocalDate today = LocalDate.now(clock);
		Map<String, Number> f = figures.compute(today.withDayOfYear(1), today);
		assertThat(f.get("pairing.branch_village.villages").longValue()).isEqualTo(70);
		assertThat(f.get("pairing.branch_village.branches").longValue()).isGreaterThan(70);
		assertThat(helpersByVillage().values()).allSatisfy(n -> assertThat(n).isBetween(1L, 2L)).hasSize(70);
	}

	@Test
	void refusesAThirdBranchForAVillageNamingTheRule() {
		long village = helpersByVillage().entrySet().stream().filter(e -> e.getValue() == 2).findFirst().orElseThrow().getKey();
		List<Long> helping = store.liveOfRight(PairingKind.BRANCH_VILLAGE, village).stream().map(PairingView::leftId).toList();
		long other = jdbc.sql("select left_id from pairing where kind = 'BRANCH_VILLAGE' and left_id not in (:helping) order by left_id")
			.param("helping", helping)
			.query(Long.class)
			.list()
			.get(0);
		assertThatThrownBy(() -> pairings.create(PairingKind.BRANCH_VILLAGE, other, village, null, null, false))
			.isInstanceOfSatisfying(DomainException.class, e -> {
				assertThat(e.messageKey()).isEqualTo("pairing.rule.rightCapacity");
				assertThat(e.args()).contains(2);
			});
	}

	@Test
	void confirmingASecondHelperKeepsTheVillagesFirstHelper() {
		long village = helpersByVillage().entrySet().stream().filter(e -> e.getValue() == 2).findFirst().orElseThrow().getKey();
		List<PairingView> helping = store.liveOfRight(PairingKind.BRANCH_VILLAGE, village);
		PairingView first = helping.get(0);
		PairingView second = helping.get(1);
		pairings.end(second.id(), "测试：帮扶单位调整", LocalDate.now());
		assertThat(store.liveOfRight(PairingKind.BRANCH_VILLAGE, village)).hasSize(1);

		RunStore.Run run = runs.run(PairingKind.BRANCH_VILLAGE, second.rightDivision());
		assertThat(run.status()).isEqualTo(RunStore.RunStatus.DONE);
		assertThat(runs.proposals(run.id(), 0, 100)).extracting(RunStore.Proposal::leftId)
			.containsExactlyInAnyOrder(first.leftId(), second.leftId());
		assertThat(runs.proposals(run.id(), 0, 100)).extracting(SolverRuns::explanation)
			.anySatisfy(text -> assertThat(text).contains("帮扶方 1/2，共同帮扶 0"))
			.anySatisfy(text -> assertThat(text).contains("帮扶方 2/2，共同帮扶 5"));
		runs.confirmAll(run.id());

		List<PairingView> after = store.liveOfRight(PairingKind.BRANCH_VILLAGE, village);
		assertThat(after).extracting(PairingView::leftId).containsExactlyInAnyOrder(first.leftId(), second.leftId());
		assertThat(after).extracting(PairingView::id).contains(first.id());
	}
}

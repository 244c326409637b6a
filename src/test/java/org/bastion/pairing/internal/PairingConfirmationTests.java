package org.bastion.pairing.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.bastion.IntegrationTest;
import org.bastion.common.DomainException;
import org.bastion.pairing.PairingKind;
import org.bastion.pairing.PairingStatus;
import org.bastion.pairing.PairingView;
import org.bastion.people.Households;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;

/** One pairing per household (and per helper of quota one), held when confirmations race and by the database itself. */
@IntegrationTest
@WithMockUser(username = "admin", authorities = {"pairing:read", "pairing:write"})
class PairingConfirmationTests {

	/** 水茜镇: no other test pairs its households. */
	static final String SHUIQIAN = "350424108";

	/** the county clock: the demo and the rules date by Ninghua's day, not the server's */
	@Autowired
	Clock clock;
	@Autowired
	SolverRuns runs;
	@Autowired
	PairingStore store;
	@Autowired
	SideResolver sides;
	@Autowired
	Households households;
	@Autowired
	JdbcClient jdbc;

	@Test
	void confirmingOneRunThirtyTimesAtOnceMakesEachProposedPairOnceAndAnswersEveryoneAlike() throws Exception {
		String village = households.inDivision(SHUIQIAN).get(0).villageCode();
		RunStore.Run run = runs.run(PairingKind.N_PLUS_ONE, village);
		int proposed = runs.proposals(run.id(), 0, 10_000).size();
		assertThat(proposed).isPositive();

		int confirmers = 30;
		SecurityContext signedIn = SecurityContextHolder.getContext();
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(confirmers);
		List<Future<Integer>> answers = new ArrayList<>();
		try {
			for (int i = 0; i < confirmers; i++) {
				answers.add(pool.submit(() -> {
					SecurityContextHolder.setContext(signedIn);
					try {
						start.await();
						return runs.confirmAll(run.id());
					}
					finally {
						SecurityContextHolder.clearContext();
					}
				}));
			}
			start.countDown();
			List<Integer> confirmed = new ArrayList<>();
			for (Future<Integer> answer : answers) {
				confirmed.add(answer.get());
			}

			long pairings = jdbc.sql("select count(*) from pairing where run_id = :run").param("run", run.id()).query(Long.class).single();
			assertThat(pairings).isEqualTo(proposed);
			assertThat(confirmed).containsOnly(proposed);
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void theDatabaseRefusesASecondLivePairingOfAHouseholdThatPassedTheRuleChecks() {
		// the demo's N+1 pairs of 翠江镇; a writer that checked the rules before the first pairing committed
		PairingView live = store.liveInDivision(PairingKind.N_PLUS_ONE, "350424100").get(0);
		SideInfo cadre = sides.read(PairingKind.N_PLUS_ONE.left(), live.leftId()).orElseThrow();
		SideInfo household = sides.read(PairingKind.N_PLUS_ONE.right(), live.rightId()).orElseThrow();

		assertThatThrownBy(() -> store.insert(PairingKind.N_PLUS_ONE, cadre, household, null, LocalDate.now(clock),
				PairingStatus.ACTIVE, null, null))
			.isInstanceOfSatisfying(DomainException.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("pairing.rule.oneRightTaken"));
		assertThat(store.liveOfRight(PairingKind.N_PLUS_ONE, live.rightId())).hasSize(1);
	}

	@Test
	void theDatabaseRefusesAMentorASecondLiveReserveCadreThatPassedTheRuleChecks() {
		// the demo's last year's reserve cadre and their mentor (quota one); a second mentee raced past the checks
		long pairing = jdbc.sql("select id from pairing where kind = 'RESERVE_MENTOR' and status = 'ACTIVE' order by id")
			.query(Long.class).list().get(0);
		PairingView live = store.find(pairing, org.bastion.common.scope.DataScope.everything()).orElseThrow();
		SideInfo mentor = sides.read(PairingKind.RESERVE_MENTOR.left(), live.leftId()).orElseThrow();
		SideInfo another = new SideInfo(PairingKind.RESERVE_MENTOR.right(), -live.rightId(), "另一后备力量", null,
				live.rightDivision(), null, null);

		assertThatThrownBy(() -> store.insert(PairingKind.RESERVE_MENTOR, mentor, another, null, LocalDate.now(clock),
				PairingStatus.ACTIVE, null, null))
			.isInstanceOfSatisfying(DomainException.class, ex -> assertThat(ex.messageKey()).isEqualTo("pairing.rule.quotaTaken"));
		assertThat(store.liveOfLeft(PairingKind.RESERVE_MENTOR, live.leftId())).hasSize(1);
	}
}

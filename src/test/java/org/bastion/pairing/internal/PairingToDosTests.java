package org.bastion.pairing.internal;

import static org.bastion.DemoTownships.ANLE;
import static org.bastion.DemoTownships.CUIJIANG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Optional;

import org.bastion.DemoSignIn;
import org.bastion.IntegrationTest;
import org.bastion.pairing.PairingKind;
import org.bastion.pairing.VillageNeed;
import org.bastion.platform.ToDo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Pairing's to-dos, asked as the real demo users signed in: counted in the township administrator's
 * own township only, and none for those who may not change pairings.
 */
@IntegrationTest
class PairingToDosTests {

	@Autowired
	MockMvc mvc;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	PairingToDos toDos;
	@Autowired
	PairingManagement pairings;
	@Autowired
	RunStore runs;

	@AfterEach
	void signOut() {
		DemoSignIn.signOut();
	}

	void signIn(String user) throws Exception {
		DemoSignIn.actAs(mvc, user);
	}

	Optional<ToDo> toDo(String key) {
		return toDos.toDos().stream().filter(t -> t.messageKey().equals(key)).findFirst();
	}

	/** Registered households of the township with no live N+1 pairing, counted from the tables. */
	long unpairedHouseholds(String township) {
		return jdbc.sql("select count(*) from household h where h.village_code like :prefix and not exists "
				+ "(select 1 from pairing p where p.kind = 'N_PLUS_ONE' and p.status <> 'ENDED' and p.right_id = h.id)")
			.param("prefix", township + "%")
			.query(Long.class)
			.single();
	}

	/** Other tests pair whole townships: leaves one household of the township unpaired. */
	void someHouseholdUnpaired(String township) {
		if (unpairedHouseholds(township) == 0) {
			jdbc.sql("update pairing set status = 'ENDED', ends_on = starts_on, end_reason = '调离', live_right = null, live_left = null "
					+ "where id = (select min(id) from pairing where kind = 'N_PLUS_ONE' and status <> 'ENDED' "
					+ "and right_division like :prefix)")
				.param("prefix", township + "%")
				.update();
		}
	}

	@Test
	void aTownshipAdministratorCountsTheUnpairedHouseholdsOfTheirOwnTownshipOnly() throws Exception {
		someHouseholdUnpaired(ANLE);
		someHouseholdUnpaired(CUIJIANG);
		signIn("anle-admin");
		ToDo anle = toDo("pairing.todo.unpairedHouseholds").orElseThrow();
		assertThat(anle.count()).isEqualTo(unpairedHouseholds(ANLE));
		assertThat(anle.urgency()).isEqualTo(ToDo.Urgency.THIS_WEEK);
		assertThat(anle.link()).isEqualTo("/pairings/n-plus-one/unpaired?division=" + ANLE);
		signIn("cuijiang-admin");
		assertThat(toDo("pairing.todo.unpairedHouseholds").orElseThrow().count()).isEqualTo(unpairedHouseholds(CUIJIANG));
	}

	@Test
	void aVillageWhoseNeedHasNoHelpingBranchIsCountedInItsTownship() throws Exception {
		String village = jdbc.sql("select min(division_code) from party_organization where kind = 'VILLAGE_BRANCH' "
				+ "and division_code like :prefix and division_code not in (select division_code from pairing_village_need)")
			.param("prefix", ANLE + "%")
			.query(String.class)
			.single();
		signIn("anle-admin");
		long before = toDo("pairing.todo.villagesWithoutHelper").map(ToDo::count).orElse(0L);
		pairings.setVillageNeed(village, VillageNeed.WEAK);
		try {
			assertThat(toDo("pairing.todo.villagesWithoutHelper").orElseThrow().count()).isEqualTo(before + 1);
			signIn("cuijiang-admin");
			assertThat(toDo("pairing.todo.villagesWithoutHelper").map(ToDo::count).orElse(0L)).isZero();
		}
		finally {
			signIn("anle-admin");
			pairings.setVillageNeed(village, null);
		}
	}

	@Test
	void aSolverProposalNobodyConfirmedIsATodayToDoOfItsTownshipUntilALaterRunReplacesIt() throws Exception {
		proposedRun(PairingKind.MENTOR, ANLE);
		proposedRun(PairingKind.MENTOR, CUIJIANG);
		signIn("anle-admin");
		ToDo mentors = mentorRuns().orElseThrow();
		assertThat(mentors.urgency()).isEqualTo(ToDo.Urgency.TODAY);
		assertThat(mentors.count()).isEqualTo(1);
		proposedRun(PairingKind.MENTOR, ANLE);
		assertThat(mentorRuns().orElseThrow().count()).isEqualTo(1);
	}

	private Optional<ToDo> mentorRuns() {
		return toDos.toDos().stream().filter(t -> t.link().equals("/pairings/mentor/runs")).findFirst();
	}

	/** A run done with one open proposal, stored as a run stores it. */
	private long proposedRun(PairingKind kind, String division) {
		long id = runs.start(kind, division, "test");
		runs.insertProposals(id, List.of(new RunStore.Proposal(0, id, 1, 2, "甲", "乙", null, null, division, division, false,
				false, 1, 1, 0, 0, 0, 0, 1, 1, 0, null)));
		runs.finish(id, 1, 1, 1, 0, 0, 0, 1, null);
		return id;
	}

	@Test
	void aGridWorkerOrAMemberHasNoPairingToDos() throws Exception {
		someHouseholdUnpaired(ANLE);
		for (String user : List.of("grid-worker", "member")) {
			signIn(user);
			assertThat(toDos.toDos()).as(user).isEmpty();
		}
	}
}

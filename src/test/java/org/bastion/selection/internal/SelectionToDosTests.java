package org.bastion.selection.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.bastion.DemoSignIn;
import org.bastion.IntegrationTest;
import org.bastion.calendar.WorkingCalendar;
import org.bastion.platform.ToDo;
import org.bastion.selection.SelectionFixture;
import org.bastion.selection.internal.Reserve.Candidate;
import org.bastion.selection.internal.Reserve.Notice;
import org.bastion.selection.internal.Reserve.Round;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Selection's to-dos are counted in the caller's own data scope (the real one of the demo users, not
 * a test double) and only for those who may act: 安乐镇's administrator gets 安乐镇's counts — equal to
 * counts taken straight from the tables — and nothing of 翠江镇, whose records of every kind exist
 * alongside; a member gets none.
 */
@IntegrationTest
class SelectionToDosTests {

	static final LocalDate REFERENCE = LocalDate.of(2026, 6, 30);

	@Autowired
	SelectionToDos toDos;
	@Autowired
	SelectionFixture fixture;
	@Autowired
	CandidateSteps steps;
	@Autowired
	PublicNotices publicNotices;
	@Autowired
	ReserveRounds rounds;
	@Autowired
	WorkingCalendar calendar;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	MockMvc mvc;


	@AfterEach
	void signOut() {
		DemoSignIn.signOut();
	}

	@Test
	void aTownshipAdministratorCountsTheStepsOfTheirOwnTownshipOnly() throws Exception {
		everyKindOfToDoIn(SelectionFixture.ANLE, 1);
		everyKindOfToDoIn(SelectionFixture.CUIJIANG, 2);

		DemoSignIn.actAs(mvc, "anle-admin");
		Map<String, ToDo> mine = toDos.toDos().stream().collect(Collectors.toMap(ToDo::messageKey, t -> t));

		assertThat(mine.keySet()).containsExactlyInAnyOrder("selection.todo.townshipReview", "selection.todo.inspection",
				"selection.todo.notice", "selection.todo.objections", "selection.todo.noticesEnding");
		for (String state : List.of("RECOMMENDED", "APPROVED", "INSPECTED")) {
			long anle = candidates(state, SelectionFixture.ANLE);
			assertThat(mine.get(key(state)).count()).as(state).isEqualTo(anle).isLessThan(candidates(state, "350424"));
		}
		assertThat(mine.get("selection.todo.objections").count()).isEqualTo(openObjections(SelectionFixture.ANLE))
			.isLessThan(openObjections("350424"));
		LocalDate today = rounds.today();
		assertThat(mine.get("selection.todo.noticesEnding").count()).isEqualTo(noticesEnding(SelectionFixture.ANLE, today))
			.isLessThan(noticesEnding("350424", today));
		assertThat(mine.get("selection.todo.noticesEnding").due()).isBetween(today, calendar.endOfPeriod(today, 5));
	}

	@Test
	void aMemberHasNoSelectionToDos() throws Exception {
		everyKindOfToDoIn(SelectionFixture.ANLE, 3);

		DemoSignIn.actAs(mvc, "member");

		assertThat(toDos.toDos()).isEmpty();
	}

	private static String key(String state) {
		return switch (state) {
			case "RECOMMENDED" -> "selection.todo.townshipReview";
			case "APPROVED" -> "selection.todo.inspection";
			default -> "selection.todo.notice";
		};
	}

	/** A candidate at each waiting step, one on a notice running today with an open objection; done by the system. */
	private void everyKindOfToDoIn(String township, int address) {
		// the system acts outside any request, with everything in scope
		DemoSignIn.asSystem("selection-todo-test", "selection:read", "selection:write");
		Round round = fixture.round(township, REFERENCE);
		fixture.recommended(round);
		Candidate qualified = fixture.recommended(round);
		steps.townshipReview(qualified.id(), true, null);
		Candidate approved = fixture.recommended(round);
		steps.townshipReview(approved.id(), true, null);
		steps.countyReview(approved.id(), true, null);
		fixture.inspected(round);
		Candidate onNotice = fixture.inspected(round);
		Notice notice = fixture.onNotice(round, List.of(onNotice), rounds.today());
		publicNotices.fileObjection(notice.id(), onNotice.id(), "该同志长期不在村居住，请核实。", null, "192.0.2." + address);
		DemoSignIn.signOut();
	}

	private long candidates(String state, String divisionPrefix) {
		return jdbc.sql("select count(*) from reserve_candidate where state = :state and village_code like :prefix")
			.param("state", state).param("prefix", divisionPrefix + "%").query(Long.class).single();
	}

	private long openObjections(String divisionPrefix) {
		return jdbc.sql("""
				select count(*) from reserve_objection o join reserve_candidate c on c.id = o.candidate_id
				where o.status = 'OPEN' and c.village_code like :prefix""")
			.param("prefix", divisionPrefix + "%").query(Long.class).single();
	}

	private long noticesEnding(String divisionPrefix, LocalDate today) {
		return jdbc.sql("""
				select count(*) from reserve_notice n join reserve_round r on r.id = n.round_id
				where r.division_code like :prefix and n.starts_on <= :today and n.ends_on between :today and :until
				  and exists (select 1 from reserve_candidate c where c.notice_id = n.id and c.state = 'IN_NOTICE')""")
			.param("prefix", divisionPrefix + "%").param("today", today).param("until", calendar.endOfPeriod(today, 5))
			.query(Long.class).single();
	}
}

package org.bastion.selection.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.bastion.access.Role;
import org.bastion.access.UserAccounts;
import org.bastion.access.UserView;
import org.bastion.calendar.WorkingCalendar;
import org.bastion.common.scope.ScopeSql;
import org.bastion.common.security.Authorities;
import org.bastion.common.security.SignedIn;
import org.bastion.platform.ToDo.Urgency;
import org.bastion.platform.ToDo;
import org.bastion.platform.ToDoSource;
import org.bastion.selection.CandidateState;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Selection's to-dos (待办) for holders of {@value Authorities#SELECTION_WRITE}, in their data scope:
 * candidates awaiting a step of the caller's role — the township (乡镇管理员) reviews qualification,
 * inspects and publishes the notice, the county organization department (组织部管理员) does its review —
 * objections still open (today: the candidate cannot enter the pool while one is), and notices
 * ending within {@value #NOTICE_DAYS} working days (due on the earliest end day). A principal without a
 * stored account (the bootstrap administrator) may do every step, so it sees every step.
 */
@Component
class SelectionToDos implements ToDoSource {

	static final int NOTICE_DAYS = 5;

	/** The step waiting in each state, the role that does it, and its message key. */
	private record Waiting(CandidateState state, Role role, String messageKey) {
	}

	private static final List<Waiting> WAITING = List.of(
			new Waiting(CandidateState.RECOMMENDED, Role.TOWNSHIP_ADMIN, "selection.todo.townshipReview"),
			new Waiting(CandidateState.QUALIFIED, Role.COUNTY_ADMIN, "selection.todo.countyReview"),
			new Waiting(CandidateState.APPROVED, Role.TOWNSHIP_ADMIN, "selection.todo.inspection"),
			new Waiting(CandidateState.INSPECTED, Role.TOWNSHIP_ADMIN, "selection.todo.notice"));

	private final JdbcClient jdbc;
	private final ReserveChanges changes;
	private final UserAccounts users;
	private final WorkingCalendar calendar;

	SelectionToDos(JdbcClient jdbc, ReserveChanges changes, UserAccounts users, WorkingCalendar calendar) {
		this.jdbc = jdbc;
		this.changes = changes;
		this.users = users;
		this.calendar = calendar;
	}

	@Override
	public List<ToDo> toDos() {
		if (!SignedIn.holds(Authorities.SELECTION_WRITE)) {
			return List.of();
		}
		Authentication caller = SignedIn.authentication().orElseThrow();
		List<ToDo> toDos = new ArrayList<>();
		ScopeSql.Condition candidates = ScopeSql.of(changes.scope()).divisions("c.village_code")
			.organizations("r.organization_id").condition();
		waitingSteps(caller, candidates, toDos);
		long objections = jdbc.sql("select count(*) from reserve_objection o join reserve_candidate c on c.id = o.candidate_id"
				+ " join reserve_round r on r.id = c.round_id where o.status = 'OPEN'" + candidates.and())
			.params(candidates.params()).query(Long.class).single();
		if (objections > 0) {
			toDos.add(new ToDo(Urgency.TODAY, "selection.todo.objections", List.of(), "/reserve/notices", objections, null));
		}
		noticesEnding(toDos);
		return toDos;
	}

	/** One counting query over the states the caller's roles act on. */
	private void waitingSteps(Authentication caller, ScopeSql.Condition scope, List<ToDo> toDos) {
		Optional<Set<Role>> roles = users.find(caller.getName()).map(UserView::roles);
		List<Waiting> mine = WAITING.stream().filter(w -> roles.isEmpty() || roles.get().contains(w.role())).toList();
		if (mine.isEmpty()) {
			return;
		}
		Map<String, Long> counts = jdbc.sql("select c.state, count(*) as waiting" + ReserveStore.CANDIDATE_FROM
				+ "where c.state in (:states)" + scope.and() + " group by c.state")
			.params(scope.params()).param("states", mine.stream().map(w -> w.state().name()).toList())
			.query((rs, n) -> Map.entry(rs.getString("state"), rs.getLong("waiting"))).list().stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
		for (Waiting w : mine) {
			long count = counts.getOrDefault(w.state().name(), 0L);
			if (count > 0) {
				toDos.add(new ToDo(Urgency.LATER, w.messageKey(), List.of(), "/reserve/pool?state=" + w.state(), count, null));
			}
		}
	}

	/** Notices running today that end within the next working days and still list someone on notice. */
	private void noticesEnding(List<ToDo> toDos) {
		LocalDate today = changes.today();
		LocalDate until = calendar.endOfPeriod(today, NOTICE_DAYS);
		ScopeSql.Condition rounds = ScopeSql.of(changes.scope()).divisions("r.division_code")
			.organizations("r.organization_id").condition();
		Ending ending = jdbc.sql("select count(*) as notices, min(n.ends_on) as due from reserve_notice n"
				+ " join reserve_round r on r.id = n.round_id where n.starts_on <= :today and n.ends_on between :today and :until"
				+ " and exists (select 1 from reserve_candidate c where c.notice_id = n.id and c.state = 'IN_NOTICE')"
				+ rounds.and())
			.params(rounds.params()).param("today", today).param("until", until)
			.query((rs, n) -> new Ending(rs.getLong("notices"), rs.getObject("due", LocalDate.class))).single();
		if (ending.notices() > 0) {
			toDos.add(new ToDo(Urgency.THIS_WEEK, "selection.todo.noticesEnding", List.of(), "/reserve/notices",
					ending.notices(), ending.due()));
		}
	}

	private record Ending(long notices, LocalDate due) {
	}
}

package org.bastion.pairing.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.bastion.common.scope.DataScope;
import org.bastion.common.scope.DataScopes;
import org.bastion.common.scope.ScopeSql;
import org.bastion.common.security.Authorities;
import org.bastion.common.security.SignedIn;
import org.bastion.pairing.PairingKind;
import org.bastion.people.Households;
import org.bastion.platform.ToDo.Urgency;
import org.bastion.platform.ToDo;
import org.bastion.platform.ToDoSource;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Pairing's to-dos (待办) for holders of {@value Authorities#PAIRING_WRITE}, each counted in their data
 * scope: registered poor households without a live N+1 pairing, villages whose need (poor, weak,
 * industry) has no helping branch, and the latest solver proposal of a kind and division that nobody
 * has confirmed. Each links to the page where it is done.
 */
@Component
class PairingToDos implements ToDoSource {

	private final JdbcClient jdbc;
	private final DataScopes scopes;
	private final Households households;

	PairingToDos(JdbcClient jdbc, DataScopes scopes, Households households) {
		this.jdbc = jdbc;
		this.scopes = scopes;
		this.households = households;
	}

	@Override
	public List<ToDo> toDos() {
		if (!mayWrite()) {
			return List.of();
		}
		DataScope scope = scopes.current();
		String division = division(scope);
		String query = division == null ? "" : "?division=" + division;
		List<ToDo> toDos = new ArrayList<>();
		add(toDos, Urgency.THIS_WEEK, "pairing.todo.unpairedHouseholds", List.of(),
				"/pairings/" + PairingKind.N_PLUS_ONE.slug() + "/unpaired" + query, unpairedHouseholds(scope));
		add(toDos, Urgency.THIS_WEEK, "pairing.todo.villagesWithoutHelper", List.of(),
				"/pairings/" + PairingKind.BRANCH_VILLAGE.slug() + "/unpaired" + query, villagesWithoutHelper(scope));
		unconfirmedRuns(scope).forEach((kind, n) -> add(toDos, Urgency.TODAY, "pairing.todo.runsToConfirm",
				List.of(new DefaultMessageSourceResolvable("pairing.kind." + kind.name())), "/pairings/" + kind.slug() + "/runs", n));
		return toDos;
	}

	private static void add(List<ToDo> toDos, Urgency urgency, String key, List<Object> args, String link, long count) {
		if (count > 0) {
			toDos.add(new ToDo(urgency, key, args, link, count, null));
		}
	}

	/**
	 * The households in scope (the people module counts them) less those with a live N+1 pairing,
	 * found in scope through the pairing's copy of the household's village, as every pairing read is.
	 */
	long unpairedHouseholds(DataScope scope) {
		ScopeSql.Condition village = ScopeSql.of(scope).divisions("p.right_division").condition();
		long paired = jdbc.sql("select count(distinct p.right_id) from pairing p where p.kind = 'N_PLUS_ONE' "
				+ "and p.status <> 'ENDED'" + village.and())
			.params(village.params())
			.query(Long.class)
			.single();
		return Math.max(0, households.figures().households() - paired);
	}

	long villagesWithoutHelper(DataScope scope) {
		ScopeSql.Condition village = ScopeSql.of(scope).divisions("n.division_code").condition();
		return jdbc.sql("select count(*) from pairing_village_need n where n.need in ('POOR', 'WEAK', 'INDUSTRY')"
				+ village.and() + " and not exists (select 1 from pairing p where p.kind = 'BRANCH_VILLAGE' "
				+ "and p.status <> 'ENDED' and p.right_division = n.division_code)")
			.params(village.params())
			.query(Long.class)
			.single();
	}

	/** Per kind, the runs done and not confirmed as a whole with a pair still open, unless a later run replaced them. */
	Map<PairingKind, Long> unconfirmedRuns(DataScope scope) {
		ScopeSql.Condition division = ScopeSql.of(scope).divisions("r.division_code").condition();
		Map<PairingKind, Long> counts = new EnumMap<>(PairingKind.class);
		jdbc.sql("select r.kind, count(*) n from pairing_run r where r.status = 'DONE' and r.confirmed_at is null"
				+ division.and()
				+ " and exists (select 1 from pairing_proposal pp where pp.run_id = r.id and pp.pairing_id is null)"
				+ " and not exists (select 1 from pairing_run later where later.kind = r.kind"
				+ " and later.division_code = r.division_code and later.status = 'DONE' and later.id > r.id) group by r.kind")
			.params(division.params())
			.query((rs, i) -> counts.put(PairingKind.valueOf(rs.getString(1)), rs.getLong(2)))
			.list();
		return counts;
	}

	/** The one division the scope governs (with those below it), for the unpaired page's filter; null if several. */
	static String division(DataScope scope) {
		List<String> codes = scope.divisionPrefixes().stream().sorted(Comparator.comparing(String::length)).toList();
		if (codes.isEmpty() || !codes.get(0).matches("\\d{6}|\\d{9}|\\d{12}")) {
			return null;
		}
		return codes.stream().allMatch(code -> code.startsWith(codes.get(0))) ? codes.get(0) : null;
	}

	private static boolean mayWrite() {
		return SignedIn.holds(Authorities.PAIRING_WRITE);
	}
}

package org.bastion.people.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.bastion.common.PageRequest;
import org.bastion.common.PageResult;
import org.bastion.common.scope.DataScope;
import org.bastion.common.scope.ScopeSql;
import org.bastion.common.scope.SqlLike;
import org.bastion.people.HouseholdData;
import org.bastion.people.HouseholdRelation;
import org.bastion.people.HouseholdStatus;
import org.bastion.people.HouseholdView;
import org.bastion.indicators.SourceChanges;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Households in SQL. The head is stored as a member with relation {@code HEAD} (see V5). */
@Repository
public class HouseholdRepository {

	private static final String HEAD = "HEAD";
	private static final String COLUMNS = "h.id, h.household_number, h.village_code, h.head_person_id, h.status, h.exit_year, h.version";
	private static final int CHUNK = 1000;

	private final JdbcClient jdbc;
	private final JdbcTemplate template;

	private final ApplicationEventPublisher events;

	HouseholdRepository(JdbcClient jdbc, JdbcTemplate template, ApplicationEventPublisher events) {
		this.events = events;
		this.jdbc = jdbc;
		this.template = template;
	}

	public long insert(HouseholdData h) {
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("insert into household (household_number, village_code, head_person_id, status, exit_year) values (?, ?, ?, ?, ?)")
			.params(h.householdNumber(), h.villageCode(), h.headId(), h.status().name(), h.exitYear())
			.update(keys, "id");
		long id = keys.getKeyAs(Number.class).longValue();
		insertMembers(id, h);
		SourceChanges.changed(events, HouseholdIndicators.HOUSEHOLD, id);
		return id;
	}

	/** Inserts all households in JDBC batches; their numbers must be set and unique. */
	public void insertAll(List<HouseholdData> households) {
		for (int from = 0; from < households.size(); from += CHUNK) {
			List<HouseholdData> chunk = households.subList(from, Math.min(from + CHUNK, households.size()));
			template.batchUpdate("insert into household (household_number, village_code, head_person_id, status, exit_year) values (?, ?, ?, ?, ?)",
					chunk, chunk.size(), (ps, h) -> {
						ps.setString(1, h.householdNumber());
						ps.setString(2, h.villageCode());
						ps.setLong(3, h.headId());
						ps.setString(4, h.status().name());
						ps.setObject(5, h.exitYear(), java.sql.Types.INTEGER);
					});
			Map<String, Long> ids = new HashMap<>();
			jdbc.sql("select id, household_number from household where household_number in (:numbers)")
				.param("numbers", chunk.stream().map(HouseholdData::householdNumber).toList())
				.query((rs, row) -> ids.put(rs.getString("household_number"), rs.getLong("id"))).list();
			List<Object[]> rows = new ArrayList<>();
			for (HouseholdData h : chunk) {
				memberRows(ids.get(h.householdNumber()), h, rows);
			}
			template.batchUpdate("insert into household_member (household_id, person_id, relation) values (?, ?, ?)", rows);
			SourceChanges.changed(events, HouseholdIndicators.HOUSEHOLD, ids.values());
		}
	}

	public boolean update(long id, long version, HouseholdData h) {
		SourceChanges.changed(events, HouseholdIndicators.HOUSEHOLD, id);
		int rows = jdbc.sql("""
				update household set household_number = ?, village_code = ?, head_person_id = ?, status = ?, exit_year = ?,
				version = version + 1, updated_at = current_timestamp where id = ? and version = ?""")
			.params(h.householdNumber(), h.villageCode(), h.headId(), h.status().name(), h.exitYear(), id, version)
			.update();
		if (rows == 0) {
			return false;
		}
		jdbc.sql("delete from household_member where household_id = ?").param(id).update();
		insertMembers(id, h);
		return true;
	}

	private void insertMembers(long id, HouseholdData h) {
		List<Object[]> rows = new ArrayList<>();
		memberRows(id, h, rows);
		template.batchUpdate("insert into household_member (household_id, person_id, relation) values (?, ?, ?)", rows);
	}

	private static void memberRows(long id, HouseholdData h, List<Object[]> rows) {
		rows.add(new Object[] {id, h.headId(), HEAD});
		h.members().forEach(m -> rows.add(new Object[] {id, m.personId(), m.relation().name()}));
	}

	public boolean exists(long id) {
		return jdbc.sql("select count(*) from household where id = ?").param(id).query(Long.class).single() > 0;
	}

	public Optional<HouseholdView> find(long id) {
		return find(id, DataScope.everything());
	}

	/** The household if in scope. */
	public Optional<HouseholdView> find(long id, DataScope scope) {
		ScopeSql.Condition inScope = inScope(scope);
		return withMembers(jdbc.sql("select " + COLUMNS + " from household h where h.id = :id" + inScope.and())
			.param("id", id).params(inScope.params()).query(Row.class).list()).stream().findFirst();
	}

	public Optional<HouseholdView> ofPerson(long personId, DataScope scope) {
		ScopeSql.Condition inScope = inScope(scope);
		return withMembers(jdbc.sql("select " + COLUMNS + " from household h join household_member m on m.household_id = h.id "
				+ "where m.person_id = :person" + inScope.and()).param("person", personId).params(inScope.params())
			.query(Row.class).list()).stream().findFirst();
	}

	/** Household ids by person, for those of these persons who are in one. */
	public Map<Long, Long> householdsOf(Collection<Long> personIds) {
		Map<Long, Long> found = new HashMap<>();
		List<Long> all = List.copyOf(personIds);
		for (int from = 0; from < all.size(); from += CHUNK) {
			jdbc.sql("select person_id, household_id from household_member where person_id in (:ids)")
				.param("ids", all.subList(from, Math.min(from + CHUNK, all.size())))
				.query((rs, row) -> found.put(rs.getLong("person_id"), rs.getLong("household_id"))).list();
		}
		return found;
	}

	public boolean numberTaken(String number, Long exceptId) {
		return jdbc.sql("select count(*) from household where household_number = ? and id <> ?").param(number)
			.param(exceptId == null ? -1L : exceptId).query(Long.class).single() > 0;
	}

	public List<String> numbersTaken(Collection<String> numbers) {
		List<String> taken = new ArrayList<>();
		List<String> all = List.copyOf(numbers);
		for (int from = 0; from < all.size(); from += CHUNK) {
			taken.addAll(jdbc.sql("select household_number from household where household_number in (:numbers)")
				.param("numbers", all.subList(from, Math.min(from + CHUNK, all.size()))).query(String.class).list());
		}
		return taken;
	}

	public PageResult<HouseholdView> search(String divisionCode, HouseholdStatus status, DataScope scope, PageRequest page) {
		Where where = where(divisionCode, status, scope);
		long total = jdbc.sql("select count(*) from household h" + where.sql).params(where.params).query(Long.class).single();
		List<HouseholdView> items = withMembers(jdbc.sql("select " + COLUMNS + " from household h" + where.sql
				+ " order by h.village_code, h.id limit :limit offset :offset").params(where.params)
			.param("limit", page.size()).param("offset", page.offset()).query(Row.class).list());
		return new PageResult<>(items, page.page(), page.size(), total);
	}

	/** How many households match, in scope. */
	public long count(String divisionCode, HouseholdStatus status, DataScope scope) {
		Where where = where(divisionCode, status, scope);
		return jdbc.sql("select count(*) from household h" + where.sql).params(where.params).query(Long.class).single();
	}

	public void forEachMatching(String divisionCode, HouseholdStatus status, DataScope scope,
			Consumer<List<HouseholdView>> consumer) {
		Where where = where(divisionCode, status, scope);
		long after = 0;
		while (true) {
			List<HouseholdView> chunk = withMembers(jdbc.sql("select " + COLUMNS + " from household h" + where.sql
					+ (where.sql.isEmpty() ? " where" : " and") + " h.id > :after order by h.id limit " + CHUNK)
				.params(where.params).param("after", after).query(Row.class).list());
			if (chunk.isEmpty()) {
				return;
			}
			consumer.accept(chunk);
			after = chunk.get(chunk.size() - 1).id();
		}
	}

	public List<HouseholdView> inDivision(String divisionCode, DataScope scope) {
		Where where = where(divisionCode, null, scope);
		return withMembers(jdbc.sql("select " + COLUMNS + " from household h" + where.sql + " order by h.id")
			.params(where.params).query(Row.class).list());
	}

	private record Where(String sql, Map<String, Object> params) {
	}

	private static Where where(String divisionCode, HouseholdStatus status, DataScope scope) {
		List<String> clauses = new ArrayList<>();
		ScopeSql.Condition inScope = inScope(scope);
		Map<String, Object> params = new HashMap<>(inScope.params());
		if (!inScope.unrestricted()) {
			clauses.add(inScope.sql());
		}
		if (divisionCode != null && !divisionCode.isBlank()) {
			clauses.add("h.village_code like :village escape '\\'");
			params.put("village", SqlLike.startsWith(divisionCode.strip()));
		}
		if (status != null) {
			clauses.add("h.status = :status");
			params.put("status", status.name());
		}
		return new Where(clauses.isEmpty() ? "" : " where " + String.join(" and ", clauses), params);
	}

	/** A household is in scope through its village. */
	private static ScopeSql.Condition inScope(DataScope scope) {
		return ScopeSql.of(scope).divisions("h.village_code").condition();
	}

	record Row(long id, String householdNumber, String villageCode, long headPersonId, String status, Integer exitYear,
			long version) {
	}

	private List<HouseholdView> withMembers(List<Row> rows) {
		if (rows.isEmpty()) {
			return List.of();
		}
		Map<Long, List<HouseholdView.Member>> members = new HashMap<>();
		jdbc.sql("select household_id, person_id, relation from household_member where household_id in (:ids) "
				+ "and relation <> 'HEAD' order by household_id, person_id")
			.param("ids", rows.stream().map(Row::id).toList())
			.query((rs, row) -> members.computeIfAbsent(rs.getLong("household_id"), k -> new ArrayList<>())
				.add(new HouseholdView.Member(rs.getLong("person_id"), HouseholdRelation.valueOf(rs.getString("relation")))))
			.list();
		return rows.stream().map(r -> new HouseholdView(r.id(), r.householdNumber(), r.villageCode(), r.headPersonId(),
				List.copyOf(members.getOrDefault(r.id(), List.of())), HouseholdStatus.valueOf(r.status()), r.exitYear(),
				r.version())).toList();
	}
}

package org.bastion.organization.internal;

import java.time.Clock;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.bastion.common.PageRequest;
import org.bastion.common.PageResult;
import org.bastion.common.scope.DataScope;
import org.bastion.common.scope.ScopeSql;
import org.bastion.common.scope.SqlLike;
import org.bastion.organization.DepartmentKind;
import org.bastion.organization.OrganizationKind;
import org.bastion.organization.OrganizationSearch;
import org.bastion.organization.OrganizationView;
import org.bastion.organization.SubtreeCoverage;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The tree in SQL: organizations plus their closure rows, kept in step by every write here. */
@Repository
class OrganizationRepository {

	private static final String COLUMNS = "o.id, o.name, o.kind, o.department_kind, o.division_code, o.parent_id, "
			+ "o.depth, o.dissolved, o.created_at, o.version";

	private final JdbcClient jdbc;
	private final JdbcTemplate template;
	private final Clock clock;

	OrganizationRepository(JdbcClient jdbc, JdbcTemplate template, Clock clock) {
		this.clock = clock;
		this.template = template;
		this.jdbc = jdbc;
	}

	Optional<OrganizationDetails> find(long id) {
		return jdbc.sql("select " + COLUMNS + " from party_organization o where o.id = ?").param(id)
				.query(OrganizationRepository::mapDetails).optional();
	}

	Map<Long, OrganizationView> findAll(Collection<Long> ids, DataScope scope) {
		Map<Long, OrganizationView> found = new LinkedHashMap<>();
		if (ids.isEmpty()) {
			return found;
		}
		ScopeSql.Condition inScope = inScope(scope, "o.id");
		jdbc.sql("select " + COLUMNS + " from party_organization o where o.id in (:ids)" + inScope.and())
				.param("ids", ids).params(inScope.params())
				.query(OrganizationRepository::map).list().forEach(o -> found.put(o.id(), o));
		return found;
	}

	/**
	 * Locks the rows of the given organizations and all their ancestors, in id order. Two moves
	 * that together could close a cycle always share a locked row, so they run one after the other.
	 */
	void lockWithAncestors(long... ids) {
		List<Long> list = Arrays.stream(ids).boxed().toList();
		jdbc.sql("""
				select id from party_organization
				where id in (select ancestor_id from organization_closure where descendant_id in (:ids))
				order by id for update""").param("ids", list).query(Long.class).list();
	}

	long insert(NewRow row) {
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into party_organization (name, kind, department_kind, division_code, parent_id, depth, dissolved, created_at, version)
				values (:name, :kind, :departmentKind, :divisionCode, :parentId, :depth, false, :createdAt, 0)""")
				.param("name", row.name()).param("kind", row.kind().name())
				.param("departmentKind", row.departmentKind() == null ? null : row.departmentKind().name())
				.param("divisionCode", row.divisionCode()).param("parentId", row.parentId()).param("depth", row.depth())
				.param("createdAt", LocalDateTime.now(clock)).update(key, "id");
		long id = key.getKey().longValue();
		jdbc.sql("insert into organization_closure (ancestor_id, descendant_id, distance) values (?, ?, 0)").params(id, id)
				.update();
		if (row.parentId() != null) {
			jdbc.sql("""
					insert into organization_closure (ancestor_id, descendant_id, distance)
					select ancestor_id, ?, distance + 1 from organization_closure where descendant_id = ?""")
					.params(id, row.parentId()).update();
		}
		return id;
	}

	/**
	 * Inserts many organizations whose parents already exist, in JDBC batches: the rows, then each
	 * one's closure links copied from its parent's. Returns the new ids in the order given.
	 */
	List<Long> insertAll(List<NewRow> rows) {
		List<Long> ids = new ArrayList<>(rows.size());
		LocalDateTime now = LocalDateTime.now(clock);
		for (int from = 0; from < rows.size(); from += BATCH) {
			List<NewRow> chunk = rows.subList(from, Math.min(rows.size(), from + BATCH));
			KeyHolder keys = new GeneratedKeyHolder();
			template.batchUpdate(con -> con.prepareStatement(INSERT_ROW, new String[] {"id"}), new BatchPreparedStatementSetter() {
				@Override
				public void setValues(PreparedStatement ps, int i) throws SQLException {
					NewRow row = chunk.get(i);
					ps.setString(1, row.name());
					ps.setString(2, row.kind().name());
					ps.setString(3, row.departmentKind() == null ? null : row.departmentKind().name());
					ps.setString(4, row.divisionCode());
					ps.setObject(5, row.parentId(), Types.BIGINT);
					ps.setInt(6, row.depth());
					ps.setObject(7, now);
				}

				@Override
				public int getBatchSize() {
					return chunk.size();
				}
			}, keys);
			List<Long> chunkIds = keys.getKeyList().stream().map(k -> ((Number) k.get("id")).longValue()).toList();
			template.batchUpdate("insert into organization_closure (ancestor_id, descendant_id, distance) values (?, ?, 0)",
					chunkIds.stream().map(id -> new Object[] {id, id}).toList());
			List<Object[]> links = new ArrayList<>();
			for (int i = 0; i < chunk.size(); i++) {
				if (chunk.get(i).parentId() != null) {
					links.add(new Object[] {chunkIds.get(i), chunk.get(i).parentId()});
				}
			}
			template.batchUpdate("insert into organization_closure (ancestor_id, descendant_id, distance) "
					+ "select ancestor_id, ?, distance + 1 from organization_closure where descendant_id = ?", links);
			ids.addAll(chunkIds);
		}
		return ids;
	}

	private static final int BATCH = 1_000;
	private static final String INSERT_ROW = "insert into party_organization "
			+ "(name, kind, department_kind, division_code, parent_id, depth, dissolved, created_at, version) "
			+ "values (?, ?, ?, ?, ?, ?, false, ?, 0)";

	record NewRow(String name, OrganizationKind kind, DepartmentKind departmentKind, String divisionCode, Long parentId,
			int depth) {
	}

	/** Changes the details if the version still matches; false when someone else changed it first. */
	boolean update(long id, long expectedVersion, String name, DepartmentKind departmentKind, String divisionCode) {
		return jdbc.sql("""
				update party_organization set name = ?, department_kind = ?, division_code = ?, version = version + 1
				where id = ? and version = ?""")
				.params(name, departmentKind == null ? null : departmentKind.name(), divisionCode, id, expectedVersion)
				.update() == 1;
	}

	/**
	 * Re-hangs a subtree in four set-based statements: unlink the subtree from its old ancestors,
	 * link it to each new ancestor (new parent's ancestors × subtree), shift depths, set the parent.
	 */
	void moveSubtree(long id, long newParentId, int depthShift) {
		jdbc.sql("""
				delete from organization_closure
				where descendant_id in (select descendant_id from organization_closure where ancestor_id = :id)
				  and ancestor_id in (select ancestor_id from organization_closure where descendant_id = :id and ancestor_id <> :id)""")
				.param("id", id).update();
		jdbc.sql("""
				insert into organization_closure (ancestor_id, descendant_id, distance)
				select a.ancestor_id, d.descendant_id, a.distance + d.distance + 1
				from organization_closure a cross join organization_closure d
				where a.descendant_id = :parent and d.ancestor_id = :id""")
				.param("parent", newParentId).param("id", id).update();
		jdbc.sql("""
				update party_organization set depth = depth + :shift
				where id in (select descendant_id from organization_closure where ancestor_id = :id)""")
				.param("shift", depthShift).param("id", id).update();
		jdbc.sql("update party_organization set parent_id = ?, version = version + 1 where id = ?").params(newParentId, id)
				.update();
	}

	void markDissolved(long id) {
		jdbc.sql("update party_organization set dissolved = true, version = version + 1 where id = ?").param(id).update();
	}

	List<OrganizationView> path(long id) {
		return jdbc.sql("select " + COLUMNS + """
				 from organization_closure c join party_organization o on o.id = c.ancestor_id
				where c.descendant_id = ? order by c.distance desc""").param(id).query(OrganizationRepository::map).list();
	}

	/** The paths of the organizations in scope, each trimmed to its ancestors in scope. */
	Map<Long, List<OrganizationView>> paths(Collection<Long> ids, DataScope scope) {
		Map<Long, List<OrganizationView>> paths = new LinkedHashMap<>();
		if (ids.isEmpty()) {
			return paths;
		}
		ScopeSql.Condition descendantInScope = inScope(scope, "c.descendant_id");
		ScopeSql.Condition ancestorInScope = inScope(scope, "o.id");
		jdbc.sql("select c.descendant_id as of_id, " + COLUMNS
				+ " from organization_closure c join party_organization o on o.id = c.ancestor_id where c.descendant_id in (:ids)"
				+ descendantInScope.and() + ancestorInScope.and() + " order by c.descendant_id, c.distance desc")
				.param("ids", ids).params(descendantInScope.params()).params(ancestorInScope.params())
				.query((rs, n) -> Map.entry(rs.getLong("of_id"), map(rs, n))).list()
				.forEach(e -> paths.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
		return paths;
	}

	boolean isWithin(long descendantId, long ancestorId) {
		return jdbc.sql("select count(*) from organization_closure where ancestor_id = ? and descendant_id = ?")
				.params(ancestorId, descendantId).query(Long.class).single() > 0;
	}

	List<Long> subtreeIds(long rootId) {
		return jdbc.sql("select descendant_id from organization_closure where ancestor_id = ? order by distance, descendant_id")
				.param(rootId).query(Long.class).list();
	}

	/**
	 * The subtrees' organizations and the shortest prefixes of the divisions their live organizations
	 * are tied to, counting only codes within the root's own division: data below a root can never
	 * widen what the root governs (a root tied to no division governs none).
	 */
	SubtreeCoverage coverage(Collection<Long> rootIds) {
		if (rootIds.isEmpty()) {
			return new SubtreeCoverage(Set.of(), Set.of());
		}
		Set<Long> ids = new HashSet<>();
		TreeSet<String> codes = new TreeSet<>();
		jdbc.sql("""
				select o.id, o.division_code, o.dissolved, r.division_code as bound
				from organization_closure c
				join party_organization o on o.id = c.descendant_id
				join party_organization r on r.id = c.ancestor_id
				where c.ancestor_id in (:roots)""")
			.param("roots", List.copyOf(new LinkedHashSet<>(rootIds)))
			.query(rs -> {
				ids.add(rs.getLong(1));
				String code = rs.getString(2);
				String bound = rs.getString(4);
				if (code != null && !rs.getBoolean(3) && bound != null && code.startsWith(bound)) {
					codes.add(code);
				}
			});
		// sorted, a code's shorter prefixes come before it
		Set<String> prefixes = new LinkedHashSet<>();
		for (String code : codes) {
			if (prefixes.stream().noneMatch(code::startsWith)) {
				prefixes.add(code);
			}
		}
		return new SubtreeCoverage(ids, prefixes);
	}

	/** The divisions live organizations of the subtree are tied to, the root itself included or not. */
	List<String> subtreeDivisions(long rootId, boolean withRoot) {
		return jdbc.sql("select distinct o.division_code from organization_closure c join party_organization o on o.id = c.descendant_id"
				+ " where c.ancestor_id = ? and not o.dissolved and o.division_code is not null"
				+ (withRoot ? "" : " and c.distance > 0") + " order by o.division_code")
			.param(rootId).query(String.class).list();
	}

	List<OrganizationView> tiedTo(String divisionCode) {
		return jdbc.sql("select " + COLUMNS + " from party_organization o where o.division_code = ? and not o.dissolved order by o.depth, o.name")
				.param(divisionCode).query(OrganizationRepository::map).list();
	}

	/** Live organizations without a parent in scope: the tree's roots, or the tops of a scope's subtrees. */
	List<OrganizationView> roots(DataScope scope) {
		ScopeSql.Condition inScope = inScope(scope, "o.id");
		String where = inScope.unrestricted() ? " and o.parent_id is null"
				: inScope.and() + inScope(scope, "o.parent_id").andOutside();
		return jdbc.sql("select " + COLUMNS + " from party_organization o where not o.dissolved" + where + " order by o.name, o.id")
				.params(inScope.params()).query(OrganizationRepository::map).list();
	}

	List<OrganizationView> children(long id, DataScope scope) {
		ScopeSql.Condition inScope = inScope(scope, "o.id");
		return jdbc.sql("select " + COLUMNS + " from party_organization o where o.parent_id = :id and not o.dissolved"
				+ inScope.and() + " order by o.name, o.id")
				.param("id", id).params(inScope.params()).query(OrganizationRepository::map).list();
	}

	/** Live direct children whatever the scope, for the rules that must see them all (dissolving). */
	List<OrganizationView> allChildren(long id) {
		return children(id, DataScope.everything());
	}

	Map<OrganizationKind, Long> countDescendantsByKind(long id, DataScope scope) {
		Map<OrganizationKind, Long> counts = new EnumMap<>(OrganizationKind.class);
		ScopeSql.Condition inScope = inScope(scope, "o.id");
		jdbc.sql("select o.kind, count(*) as n from organization_closure c join party_organization o on o.id = c.descendant_id"
				+ " where c.ancestor_id = :id and c.distance > 0 and not o.dissolved" + inScope.and() + " group by o.kind")
				.param("id", id).params(inScope.params())
				.query((rs, n) -> Map.entry(OrganizationKind.valueOf(rs.getString("kind")), rs.getLong("n"))).list()
				.forEach(e -> counts.put(e.getKey(), e.getValue()));
		return counts;
	}

	/** Live organizations below each of the given ones (themselves excluded), by id; absent means none. */
	Map<Long, Long> countDescendants(Collection<Long> ids, DataScope scope) {
		Map<Long, Long> counts = new LinkedHashMap<>();
		if (ids.isEmpty()) {
			return counts;
		}
		ScopeSql.Condition inScope = inScope(scope, "o.id");
		jdbc.sql("select c.ancestor_id, count(*) as n from organization_closure c join party_organization o on o.id = c.descendant_id"
				+ " where c.ancestor_id in (:ids) and c.distance > 0 and not o.dissolved" + inScope.and()
				+ " group by c.ancestor_id")
				.param("ids", ids).params(inScope.params()).query((rs, n) -> Map.entry(rs.getLong("ancestor_id"), rs.getLong("n"))).list()
				.forEach(e -> counts.put(e.getKey(), e.getValue()));
		return counts;
	}

	PageResult<OrganizationView> search(OrganizationSearch search, PageRequest page, DataScope scope) {
		ScopeSql.Condition inScope = inScope(scope, "o.id");
		StringBuilder where = new StringBuilder(" where not o.dissolved").append(inScope.and());
		Map<String, Object> params = new LinkedHashMap<>(inScope.params());
		if (search.name() != null && !search.name().isBlank()) {
			where.append(" and o.name like :name escape '\\'");
			params.put("name", SqlLike.contains(search.name().strip()));
		}
		if (search.kind() != null) {
			where.append(" and o.kind = :kind");
			params.put("kind", search.kind().name());
		}
		if (search.parentId() != null) {
			where.append(" and o.parent_id = :parentId");
			params.put("parentId", search.parentId());
		}
		long total = jdbc.sql("select count(*) from party_organization o" + where).params(params).query(Long.class).single();
		List<OrganizationView> items = jdbc
				.sql("select " + COLUMNS + " from party_organization o" + where + " order by o.name, o.id limit :limit offset :offset")
				.params(params).param("limit", page.size()).param("offset", page.offset())
				.query(OrganizationRepository::map).list();
		return new PageResult<>(items, page.page(), page.size(), total);
	}

	/** The scope as a condition on one column holding an organization id. */
	private static ScopeSql.Condition inScope(DataScope scope, String column) {
		return ScopeSql.of(scope).organizations(column).condition();
	}

	private static OrganizationDetails mapDetails(ResultSet rs, int row) throws SQLException {
		return new OrganizationDetails(map(rs, row), rs.getLong("version"), rs.getTimestamp("created_at").toLocalDateTime());
	}

	private static OrganizationView map(ResultSet rs, int row) throws SQLException {
		String departmentKind = rs.getString("department_kind");
		return new OrganizationView(rs.getLong("id"), rs.getString("name"), OrganizationKind.valueOf(rs.getString("kind")),
				departmentKind == null ? null : DepartmentKind.valueOf(departmentKind), rs.getString("division_code"),
				rs.getObject("parent_id", Long.class), rs.getInt("depth"), rs.getBoolean("dissolved"));
	}
}

package org.bastion.geography.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.bastion.common.scope.FoundOrForbidden;
import org.bastion.common.scope.SqlLike;
import org.bastion.geography.CommitteeKind;
import org.bastion.geography.Division;
import org.bastion.geography.DivisionLevel;
import org.bastion.geography.Divisions;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Divisions read with plain SQL. Looked-up divisions are cached: they change only through an
 * import, which clears the cache.
 */
@Repository
class DivisionRepository implements Divisions {

	private static final String COLUMNS = "code, name, level, parent_code, committee_kind";

	private final JdbcClient jdbc;
	private final Map<String, Division> cache = new ConcurrentHashMap<>();

	DivisionRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void evictAll() {
		cache.clear();
	}

	@Override
	public Optional<Division> find(String code) {
		if (code == null || code.isBlank()) {
			return Optional.empty();
		}
		Division cached = cache.get(code);
		if (cached != null) {
			return Optional.of(cached);
		}
		Optional<Division> found = jdbc.sql("select " + COLUMNS + " from division where code = ?").param(code)
				.query(DivisionRepository::map).optional();
		found.ifPresent(d -> cache.put(code, d));
		return found;
	}

	@Override
	public Division get(String code) {
		return FoundOrForbidden.found(find(code), "division", code);
	}

	@Override
	public boolean exists(String code) {
		return find(code).isPresent();
	}

	@Override
	public List<Division> children(String code) {
		return jdbc.sql("select " + COLUMNS + " from division where parent_code = ? order by code").param(code)
				.query(DivisionRepository::map).list();
	}

	@Override
	public List<Division> provinces() {
		return jdbc.sql("select " + COLUMNS + " from division where level = 'PROVINCE' order by code")
				.query(DivisionRepository::map).list();
	}

	@Override
	public List<Division> ancestry(String code) {
		List<Division> chain = new ArrayList<>();
		Optional<Division> current = find(code);
		while (current.isPresent()) {
			chain.add(0, current.get());
			current = find(current.get().parentCode());
		}
		return chain;
	}

	@Override
	public List<Division> villagesUnder(String code) {
		// village codes start with every ancestor's code, so a prefix range finds them through the key
		return jdbc.sql("select " + COLUMNS + " from division where level = 'VILLAGE' and code like ? escape '\\' order by code")
				.param(SqlLike.startsWith(code)).query(DivisionRepository::map).list();
	}

	@Override
	public List<Division> search(String text, int limit) {
		return jdbc.sql("select " + COLUMNS + " from division where name like ? escape '\\' order by code limit ?")
				.param(SqlLike.contains(text)).param(limit).query(DivisionRepository::map).list();
	}

	@Override
	public long count(DivisionLevel level) {
		return jdbc.sql("select count(*) from division where level = ?").param(level.name()).query(Long.class).single();
	}

	@Override
	public Map<String, Division> findAll(Collection<String> codes) {
		Map<String, Division> result = new HashMap<>();
		List<String> missing = new ArrayList<>();
		for (String code : codes) {
			if (code == null) {
				continue;
			}
			Division cached = cache.get(code);
			if (cached != null) {
				result.put(code, cached);
			}
			else {
				missing.add(code);
			}
		}
		if (!missing.isEmpty()) {
			jdbc.sql("select " + COLUMNS + " from division where code in (:codes)").param("codes", missing)
					.query(DivisionRepository::map).list().forEach(d -> {
						cache.put(d.code(), d);
						result.put(d.code(), d);
					});
		}
		return result;
	}

	private static Division map(ResultSet rs, int row) throws SQLException {
		String kind = rs.getString("committee_kind");
		return new Division(rs.getString("code"), rs.getString("name"), DivisionLevel.valueOf(rs.getString("level")),
				rs.getString("parent_code"), kind == null ? null : CommitteeKind.valueOf(kind));
	}
}

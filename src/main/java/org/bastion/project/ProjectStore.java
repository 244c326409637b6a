package org.bastion.project;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.bastion.common.PageRequest;
import org.bastion.common.PageResult;
import org.bastion.common.scope.DataScope;
import org.bastion.common.scope.ScopeSql;
import org.bastion.common.scope.SqlLike;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Projects in SQL; every read names its scope columns through {@link #inScope}. */
@Repository
class ProjectStore {

	static final int CHUNK = 500;
	private static final String COLUMNS = "p.id, p.kind, p.name, p.village_code, p.owner_organization_id, p.starts_on, p.ends_on, "
			+ "p.status, p.investment_yuan, p.yearly_income_gain_yuan, p.record_type, p.record_id, p.description, p.version";

	private final JdbcClient jdbc;

	ProjectStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A project is in scope when its owner organization is, or its village. */
	static ScopeSql.Condition inScope(DataScope scope) {
		return ScopeSql.of(scope).organizations("p.owner_organization_id").divisions("p.village_code").condition();
	}

	long insert(ProjectData d) {
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into project (kind, name, village_code, owner_organization_id, starts_on, ends_on, status, investment_yuan,
				  yearly_income_gain_yuan, record_type, record_id, description)
				values (:kind, :name, :village, :owner, :startsOn, :endsOn, :status, :investment, :gain, :recordType, :recordId, :description)""")
			.params(values(d)).update(keys, "id");
		return keys.getKeyAs(Number.class).longValue();
	}

	/** Changes the project if it still has {@code version}; false when someone changed it since. */
	boolean update(long id, long version, ProjectData d) {
		Map<String, Object> params = values(d);
		params.put("id", id);
		params.put("version", version);
		return jdbc.sql("""
				update project set kind = :kind, name = :name, village_code = :village, owner_organization_id = :owner,
				  starts_on = :startsOn, ends_on = :endsOn, status = :status, investment_yuan = :investment,
				  yearly_income_gain_yuan = :gain, record_type = :recordType, record_id = :recordId, description = :description,
				  version = version + 1, updated_at = current_timestamp
				where id = :id and version = :version""").params(params).update() == 1;
	}

	private static Map<String, Object> values(ProjectData d) {
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("kind", d.kind().name());
		params.put("name", d.name().strip());
		params.put("village", d.villageCode());
		params.put("owner", d.ownerOrganizationId());
		params.put("startsOn", d.startsOn());
		params.put("endsOn", d.endsOn());
		params.put("status", d.status().name());
		params.put("investment", d.investmentYuan());
		params.put("gain", d.yearlyIncomeGainYuan());
		params.put("recordType", d.recordType());
		params.put("recordId", d.recordId());
		params.put("description", d.description() == null || d.description().isBlank() ? null : d.description().strip());
		return params;
	}

	Optional<ProjectView> find(long id, DataScope scope) {
		ScopeSql.Condition s = inScope(scope);
		return jdbc.sql("select " + COLUMNS + " from project p where p.id = :id" + s.and()).param("id", id).params(s.params())
			.query(ProjectStore::row).optional();
	}

	List<ProjectView> ofRecord(String recordType, long recordId, DataScope scope) {
		ScopeSql.Condition s = inScope(scope);
		return jdbc.sql("select " + COLUMNS + " from project p where p.record_type = :type and p.record_id = :record" + s.and()
				+ " order by p.starts_on, p.id")
			.param("type", recordType).param("record", recordId).params(s.params()).query(ProjectStore::row).list();
	}

	List<ProjectView> findAll(List<Long> ids) {
		List<ProjectView> found = new ArrayList<>();
		for (int from = 0; from < ids.size(); from += CHUNK) {
			found.addAll(jdbc.sql("select " + COLUMNS + " from project p where p.id in (:ids) order by p.id")
				.param("ids", ids.subList(from, Math.min(ids.size(), from + CHUNK))).query(ProjectStore::row).list());
		}
		return found;
	}

	PageResult<ProjectView> search(ProjectFilter f, DataScope scope, PageRequest page) {
		Map<String, Object> params = new LinkedHashMap<>();
		String where = where(f, scope, params);
		long total = jdbc.sql("select count(*) from project p" + where).params(params).query(Long.class).single();
		List<ProjectView> items = jdbc.sql("select " + COLUMNS + " from project p" + where
				+ " order by p.starts_on desc, p.id desc limit :limit offset :offset")
			.params(params).param("limit", page.size()).param("offset", page.offset()).query(ProjectStore::row).list();
		return new PageResult<>(items, page.page(), page.size(), total);
	}

	/** Every matching project in chunks, in the list's order, for an export. */
	void forEachMatching(ProjectFilter f, DataScope scope, Consumer<List<ProjectView>> chunk) {
		for (int page = 0;; page++) {
			PageResult<ProjectView> found = search(f, scope, new PageRequest(page, PageResult.MAX_SIZE));
			if (!found.items().isEmpty()) {
				chunk.accept(found.items());
			}
			if (!found.hasNext()) {
				return;
			}
		}
	}

	/** The ids of every project belonging to a record of the type, in id order, unscoped: for a full recount of the figures. */
	List<Long> idsOfRecordType(String recordType) {
		return jdbc.sql("select id from project where record_type = :type order by id").param("type", recordType).query(Long.class).list();
	}

	private static String where(ProjectFilter f, DataScope scope, Map<String, Object> params) {
		ScopeSql.Condition s = inScope(scope);
		params.putAll(s.params());
		StringBuilder where = new StringBuilder(" where ").append(s.where());
		if (f.q() != null && !f.q().isBlank()) {
			where.append(" and p.name like :q escape '\\'");
			params.put("q", SqlLike.contains(f.q().strip()));
		}
		if (f.kind() != null) {
			where.append(" and p.kind = :kind");
			params.put("kind", f.kind().name());
		}
		if (f.status() != null) {
			where.append(" and p.status = :status");
			params.put("status", f.status().name());
		}
		if (f.villageCode() != null && !f.villageCode().isBlank()) {
			where.append(" and p.village_code like :village escape '\\'");
			params.put("village", SqlLike.startsWith(f.villageCode().strip()));
		}
		if (f.from() != null) {
			where.append(" and p.starts_on >= :from");
			params.put("from", f.from());
		}
		if (f.to() != null) {
			where.append(" and p.starts_on <= :to");
			params.put("to", f.to());
		}
		return where.toString();
	}

	private static ProjectView row(ResultSet rs, int n) throws SQLException {
		java.sql.Date ends = rs.getDate("ends_on");
		Number record = (Number) rs.getObject("record_id");
		return new ProjectView(rs.getLong("id"), ProjectKind.valueOf(rs.getString("kind")), rs.getString("name"),
				rs.getString("village_code"), rs.getLong("owner_organization_id"), rs.getDate("starts_on").toLocalDate(),
				ends == null ? null : ends.toLocalDate(), ProjectStatus.valueOf(rs.getString("status")),
				rs.getBigDecimal("investment_yuan"), rs.getBigDecimal("yearly_income_gain_yuan"), rs.getString("record_type"),
				record == null ? null : record.longValue(), rs.getString("description"), rs.getLong("version"));
	}
}

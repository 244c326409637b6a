package org.bastion.audit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.bastion.audit.AuditEntry;
import org.bastion.audit.AuditSearch;
import org.bastion.common.PageRequest;
import org.bastion.common.PageResult;
import org.bastion.common.audit.AuditAction;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The audit tables in SQL: inserts and reads only; there is no update or delete of an entry. */
@Repository
public class AuditEntryRepository {

	private static final String COLUMNS = "id, occurred_at, actor, source_address, action, entity_type, entity_id, "
			+ "before_json, after_json, detail, previous_hash, hash";

	/** The last entry's id and hash, as the chain head records them. */
	record Head(long lastId, String lastHash) {
	}

	private final JdbcClient jdbc;

	AuditEntryRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Reads the head and locks it until the transaction ends: appends queue up here. */
	Head lockHead() {
		return jdbc.sql("select last_id, last_hash from audit_chain_head where id = 1 for update")
			.query((rs, n) -> new Head(rs.getLong("last_id"), rs.getString("last_hash"))).single();
	}

	Head head() {
		return jdbc.sql("select last_id, last_hash from audit_chain_head where id = 1")
			.query((rs, n) -> new Head(rs.getLong("last_id"), rs.getString("last_hash"))).single();
	}

	void append(AuditEntry e) {
		jdbc.sql("insert into audit_entry (" + COLUMNS + """
				) values (:id, :occurredAt, :actor, :sourceAddress, :action, :entityType, :entityId,
				:before, :after, :detail, :previousHash, :hash)""")
			.param("id", e.id()).param("occurredAt", OffsetDateTime.ofInstant(e.occurredAt(), ZoneOffset.UTC))
			.param("actor", e.actor()).param("sourceAddress", e.sourceAddress()).param("action", e.action().name())
			.param("entityType", e.entityType()).param("entityId", e.entityId()).param("before", e.before())
			.param("after", e.after()).param("detail", e.detail()).param("previousHash", e.previousHash())
			.param("hash", e.hash()).update();
		jdbc.sql("update audit_chain_head set last_id = ?, last_hash = ? where id = 1").params(e.id(), e.hash()).update();
	}

	public Optional<AuditEntry> find(long id) {
		return jdbc.sql("select " + COLUMNS + " from audit_entry where id = ?").param(id)
			.query(AuditEntryRepository::map).optional();
	}

	/** Up to {@code limit} entries with ids in ({@code afterId}, {@code upToId}], in id order. */
	List<AuditEntry> batch(long afterId, long upToId, int limit) {
		return jdbc.sql("select " + COLUMNS + " from audit_entry where id > ? and id <= ? order by id limit ?")
			.params(afterId, upToId, limit).query(AuditEntryRepository::map).list();
	}

	public PageResult<AuditEntry> search(AuditSearch search, PageRequest page, ZoneId zone) {
		Map<String, Object> params = new LinkedHashMap<>();
		String where = where(search, zone, params);
		long total = jdbc.sql("select count(*) from audit_entry" + where).params(params).query(Long.class).single();
		List<AuditEntry> items = jdbc
			.sql("select " + COLUMNS + " from audit_entry" + where + " order by id desc limit :limit offset :offset")
			.params(params).param("limit", page.size()).param("offset", page.offset())
			.query(AuditEntryRepository::map).list();
		return new PageResult<>(items, page.page(), page.size(), total);
	}

	public long count(AuditSearch search, ZoneId zone) {
		Map<String, Object> params = new LinkedHashMap<>();
		return jdbc.sql("select count(*) from audit_entry" + where(search, zone, params)).params(params)
			.query(Long.class).single();
	}

	/** Every matching entry, newest first, read by keyset in batches so that memory stays flat. */
	public long forEachMatching(AuditSearch search, ZoneId zone, int batchSize, Consumer<AuditEntry> sink) {
		Map<String, Object> params = new LinkedHashMap<>();
		String where = where(search, zone, params);
		String sql = "select " + COLUMNS + " from audit_entry" + where + (where.isEmpty() ? " where" : " and")
				+ " id < :before order by id desc limit :limit";
		long before = Long.MAX_VALUE;
		long count = 0;
		while (true) {
			List<AuditEntry> batch = jdbc.sql(sql).params(params).param("before", before).param("limit", batchSize)
				.query(AuditEntryRepository::map).list();
			batch.forEach(sink);
			count += batch.size();
			if (batch.size() < batchSize) {
				return count;
			}
			before = batch.get(batch.size() - 1).id();
		}
	}

	private static String where(AuditSearch s, ZoneId zone, Map<String, Object> params) {
		StringBuilder where = new StringBuilder();
		condition(where, params, "actor = :actor", "actor", s.actor());
		condition(where, params, "action = :action", "action", s.action() == null ? null : s.action().name());
		condition(where, params, "entity_type = :entityType", "entityType", s.entityType());
		condition(where, params, "entity_id = :entityId", "entityId", s.entityId());
		condition(where, params, "occurred_at >= :from", "from",
				s.from() == null ? null : s.from().atStartOfDay(zone).toOffsetDateTime());
		condition(where, params, "occurred_at < :to", "to",
				s.to() == null ? null : s.to().plusDays(1).atStartOfDay(zone).toOffsetDateTime());
		return where.toString();
	}

	private static void condition(StringBuilder where, Map<String, Object> params, String sql, String name, Object value) {
		if (value != null) {
			where.append(where.isEmpty() ? " where " : " and ").append(sql);
			params.put(name, value);
		}
	}

	private static AuditEntry map(ResultSet rs, int row) throws SQLException {
		return new AuditEntry(rs.getLong("id"), rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
				rs.getString("actor"), rs.getString("source_address"), AuditAction.valueOf(rs.getString("action")),
				rs.getString("entity_type"), rs.getString("entity_id"), rs.getString("before_json"),
				rs.getString("after_json"), rs.getString("detail"), rs.getString("previous_hash"), rs.getString("hash"));
	}
}

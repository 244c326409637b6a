package org.bastion.indicators.internal;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

import org.bastion.indicators.IndicatorFact;
import org.bastion.indicators.IndicatorPlace;
import org.bastion.indicators.IndicatorRecord;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The engine's own table of facts (V50): written only here, by the keeper after a change and by the
 * recount; every write raises the store's version so that cached values on every node go stale.
 */
@Repository
class FactStore {

	static final String FACT = "indicator_fact";
	static final String RECOUNT = "indicator_fact_recount";
	/** The columns a fact is compared on; the same in both tables. */
	static final String COLUMNS = "code, record_type, record_id, distinct_key, organization_id, division_code, "
			+ "other_organization_id, other_division_code, valid_from, valid_to, amount, title, subtitle, organization_name, link";
	private static final int BATCH = 1_000;
	private static final int CHUNK = 1_000;

	private final JdbcClient jdbc;
	private final JdbcTemplate template;

	FactStore(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	/** Replaces every fact of these records with the given ones. */
	void replace(String recordType, Collection<Long> ids, List<IndicatorFact> facts) {
		List<Long> all = List.copyOf(ids);
		for (int from = 0; from < all.size(); from += CHUNK) {
			jdbc.sql("delete from indicator_fact where record_type = :type and record_id in (:ids)")
				.param("type", recordType)
				.param("ids", all.subList(from, Math.min(all.size(), from + CHUNK)))
				.update();
		}
		insert(FACT, facts.stream());
		bump();
	}

	/** Writes facts in batches; returns how many. */
	long insert(String table, Stream<IndicatorFact> facts) {
		long written = 0;
		List<IndicatorFact> batch = new ArrayList<>(BATCH);
		for (Iterator<IndicatorFact> it = facts.iterator(); it.hasNext();) {
			batch.add(it.next());
			if (batch.size() == BATCH) {
				written += write(table, batch);
				batch.clear();
			}
		}
		return written + write(table, batch);
	}

	private int write(String table, List<IndicatorFact> batch) {
		if (batch.isEmpty()) {
			return 0;
		}
		template.batchUpdate("insert into " + table + " (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
				batch, batch.size(), FactStore::bind);
		return batch.size();
	}

	private static void bind(PreparedStatement ps, IndicatorFact f) throws SQLException {
		IndicatorPlace first = f.places().get(0);
		IndicatorPlace second = f.places().size() > 1 ? f.places().get(1) : null;
		IndicatorRecord label = f.label();
		ps.setString(1, f.code());
		ps.setString(2, f.recordType());
		ps.setLong(3, f.recordId());
		ps.setString(4, f.distinctKey());
		setLong(ps, 5, first.organizationId());
		ps.setString(6, first.divisionCode());
		setLong(ps, 7, second == null ? null : second.organizationId());
		ps.setString(8, second == null ? null : second.divisionCode());
		ps.setDate(9, Date.valueOf(f.from()));
		ps.setDate(10, f.to() == null ? null : Date.valueOf(f.to()));
		ps.setBigDecimal(11, f.amount() == null ? null : f.amount().setScale(2, java.math.RoundingMode.HALF_UP));
		ps.setString(12, cut(label.title(), 300));
		ps.setString(13, cut(label.subtitle(), 300));
		ps.setString(14, cut(label.organizationName(), 200));
		ps.setString(15, cut(label.link(), 300));
	}

	private static void setLong(PreparedStatement ps, int index, Long value) throws SQLException {
		if (value == null) {
			ps.setNull(index, Types.BIGINT);
		}
		else {
			ps.setLong(index, value);
		}
	}

	private static String cut(String text, int max) {
		return text == null || text.length() <= max ? text : text.substring(0, max);
	}

	void clear(String table) {
		jdbc.sql("delete from " + table).update();
	}

	long count(String table) {
		return jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

	/** The store's version: raised at every change of the facts. */
	long version() {
		return jdbc.sql("select version from indicator_state where id = 1").query(Long.class).single();
	}

	void bump() {
		jdbc.sql("update indicator_state set version = version + 1 where id = 1").update();
	}

	boolean everRecounted() {
		return jdbc.sql("select recounted_at from indicator_state where id = 1").query((rs, i) -> rs.getTimestamp(1) != null)
			.single();
	}

	/** The next start recounts in full (a refresh failed). */
	void markForRecount() {
		jdbc.sql("update indicator_state set recounted_at = null, version = version + 1 where id = 1").update();
	}

	void recounted(java.time.Instant at) {
		jdbc.sql("update indicator_state set recounted_at = :at, version = version + 1 where id = 1")
			.param("at", java.sql.Timestamp.from(at))
			.update();
	}

	/** Facts of one table not in the other, by code: what a repair adds ({@code recount} minus kept) or removes. */
	List<CodeCount> missingFrom(String table, String other) {
		return jdbc.sql("select code, count(*) n from (select " + COLUMNS + " from " + other + " except select " + COLUMNS
				+ " from " + table + ") d group by code order by code")
			.query((rs, i) -> new CodeCount(rs.getString(1), rs.getLong(2)))
			.list();
	}

	/** Rows by code, duplicates included: a kept fact written twice differs from the recount's one. */
	java.util.Map<String, Long> countsByCode(String table) {
		java.util.Map<String, Long> counts = new java.util.TreeMap<>();
		jdbc.sql("select code, count(*) from " + table + " group by code").query(rs -> {
			counts.put(rs.getString(1), rs.getLong(2));
		});
		return counts;
	}

	/** Makes the kept facts of these codes exactly the recounted ones, in the caller's transaction. */
	void adoptRecount(Collection<String> codes) {
		if (codes.isEmpty()) {
			return;
		}
		jdbc.sql("delete from indicator_fact where code in (:codes)").param("codes", codes).update();
		jdbc.sql("insert into indicator_fact (" + COLUMNS + ") select " + COLUMNS + " from indicator_fact_recount where code in (:codes)")
			.param("codes", codes)
			.update();
	}

	record CodeCount(String code, long count) {
	}
}

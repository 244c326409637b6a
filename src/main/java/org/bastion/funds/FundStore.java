package org.bastion.funds;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
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

/** Ledger entries in SQL; every read names its scope columns through {@link #inScope}. */
@Repository
class FundStore {

	private static final String COLUMNS = "f.id, f.kind, f.amount_yuan, f.purpose, f.payer_organization_id, f.payer_name, "
			+ "f.payee_organization_id, f.payee_name, f.paid_on, f.village_code, f.record_type, f.record_id, f.note, f.version";

	private final JdbcClient jdbc;

	FundStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** An entry is in scope when its payer, its payee or its village is. */
	static ScopeSql.Condition inScope(DataScope scope) {
		return ScopeSql.of(scope).organizations("f.payer_organization_id", "f.payee_organization_id").divisions("f.village_code")
			.condition();
	}

	long insert(FundEntryData d) {
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into fund_entry (kind, amount_yuan, purpose, payer_organization_id, payer_name, payee_organization_id, payee_name,
				  paid_on, village_code, record_type, record_id, note)
				values (:kind, :amount, :purpose, :payer, :payerName, :payee, :payeeName, :paidOn, :village, :recordType, :recordId, :note)""")
			.params(values(d)).update(keys, "id");
		return keys.getKeyAs(Number.class).longValue();
	}

	boolean update(long id, long version, FundEntryData d) {
		Map<String, Object> params = values(d);
		params.put("id", id);
		params.put("version", version);
		return jdbc.sql("""
				update fund_entry set kind = :kind, amount_yuan = :amount, purpose = :purpose, payer_organization_id = :payer,
				  payer_name = :payerName, payee_organization_id = :payee, payee_name = :payeeName, paid_on = :paidOn,
				  village_code = :village, record_type = :recordType, record_id = :recordId, note = :note,
				  version = version + 1, updated_at = current_timestamp
				where id = :id and version = :version""").params(params).update() == 1;
	}

	private static Map<String, Object> values(FundEntryData d) {
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("kind", d.kind().name());
		params.put("amount", d.amountYuan());
		params.put("purpose", d.purpose().strip());
		params.put("payer", d.payerOrganizationId());
		params.put("payerName", blankToNull(d.payerName()));
		params.put("payee", d.payeeOrganizationId());
		params.put("payeeName", blankToNull(d.payeeName()));
		params.put("paidOn", d.paidOn());
		params.put("village", d.villageCode());
		params.put("recordType", d.recordType());
		params.put("recordId", d.recordId());
		params.put("note", blankToNull(d.note()));
		return params;
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

	Optional<FundEntryView> find(long id, DataScope scope) {
		ScopeSql.Condition s = inScope(scope);
		return jdbc.sql("select " + COLUMNS + " from fund_entry f where f.id = :id" + s.and()).param("id", id).params(s.params())
			.query(FundStore::row).optional();
	}

	List<FundEntryView> findAll(List<Long> ids) {
		List<FundEntryView> found = new java.util.ArrayList<>();
		for (int from = 0; from < ids.size(); from += ScopeSql.CHUNK) {
			found.addAll(jdbc.sql("select " + COLUMNS + " from fund_entry f where f.id in (:ids) order by f.id")
				.param("ids", ids.subList(from, Math.min(ids.size(), from + ScopeSql.CHUNK))).query(FundStore::row).list());
		}
		return found;
	}

	PageResult<FundEntryView> search(FundFilter f, DataScope scope, PageRequest page) {
		Map<String, Object> params = new LinkedHashMap<>();
		String where = where(f, scope, params);
		long total = jdbc.sql("select count(*) from fund_entry f" + where).params(params).query(Long.class).single();
		List<FundEntryView> items = jdbc.sql("select " + COLUMNS + " from fund_entry f" + where
				+ " order by f.paid_on desc, f.id desc limit :limit offset :offset")
			.params(params).param("limit", page.size()).param("offset", page.offset()).query(FundStore::row).list();
		return new PageResult<>(items, page.page(), page.size(), total);
	}

	/** The sum of the matching entries' amounts (0.00 when none). */
	BigDecimal total(FundFilter f, DataScope scope) {
		Map<String, Object> params = new LinkedHashMap<>();
		String where = where(f, scope, params);
		BigDecimal total = jdbc.sql("select coalesce(sum(f.amount_yuan), 0) from fund_entry f" + where).params(params)
			.query(BigDecimal.class).single();
		return total.setScale(2, java.math.RoundingMode.UNNECESSARY);
	}

	void forEachMatching(FundFilter f, DataScope scope, Consumer<List<FundEntryView>> chunk) {
		for (int page = 0;; page++) {
			PageResult<FundEntryView> found = search(f, scope, new PageRequest(page, PageResult.MAX_SIZE));
			if (!found.items().isEmpty()) {
				chunk.accept(found.items());
			}
			if (!found.hasNext()) {
				return;
			}
		}
	}

	/** The ids of every entry of the kind belonging to a record of the type, in id order, unscoped: for a full recount. */
	List<Long> idsOf(FundKind kind, String recordType) {
		return jdbc.sql("select id from fund_entry where kind = :kind and record_type = :type order by id").param("kind", kind.name())
			.param("type", recordType).query(Long.class).list();
	}

	private static String where(FundFilter f, DataScope scope, Map<String, Object> params) {
		ScopeSql.Condition s = inScope(scope);
		params.putAll(s.params());
		StringBuilder where = new StringBuilder(" where ").append(s.where());
		if (f.q() != null && !f.q().isBlank()) {
			where.append(" and f.purpose like :q escape '\\'");
			params.put("q", SqlLike.contains(f.q().strip()));
		}
		if (f.kind() != null) {
			where.append(" and f.kind = :kind");
			params.put("kind", f.kind().name());
		}
		if (f.villageCode() != null && !f.villageCode().isBlank()) {
			where.append(" and f.village_code like :village escape '\\'");
			params.put("village", SqlLike.startsWith(f.villageCode().strip()));
		}
		if (f.recordType() != null) {
			where.append(" and f.record_type = :recordType");
			params.put("recordType", f.recordType());
			if (f.recordId() != null) {
				where.append(" and f.record_id = :recordId");
				params.put("recordId", f.recordId());
			}
		}
		if (f.from() != null) {
			where.append(" and f.paid_on >= :from");
			params.put("from", f.from());
		}
		if (f.to() != null) {
			where.append(" and f.paid_on <= :to");
			params.put("to", f.to());
		}
		return where.toString();
	}

	private static FundEntryView row(ResultSet rs, int n) throws SQLException {
		Number payer = (Number) rs.getObject("payer_organization_id");
		Number payee = (Number) rs.getObject("payee_organization_id");
		Number record = (Number) rs.getObject("record_id");
		return new FundEntryView(rs.getLong("id"), FundKind.valueOf(rs.getString("kind")), rs.getBigDecimal("amount_yuan"),
				rs.getString("purpose"), payer == null ? null : payer.longValue(), rs.getString("payer_name"),
				payee == null ? null : payee.longValue(), rs.getString("payee_name"), rs.getDate("paid_on").toLocalDate(),
				rs.getString("village_code"), rs.getString("record_type"), record == null ? null : record.longValue(),
				rs.getString("note"), rs.getLong("version"));
	}
}

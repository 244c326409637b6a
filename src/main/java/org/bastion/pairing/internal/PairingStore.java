package org.bastion.pairing.internal;

import org.bastion.pairing.VillageNeed;
import java.time.Clock;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.bastion.common.DomainException;
import org.bastion.common.PageRequest;
import org.bastion.common.PageResult;
import org.bastion.common.scope.DataScope;
import org.bastion.common.scope.ScopeSql;
import org.bastion.common.scope.SqlLike;
import org.bastion.pairing.LinkType;
import org.bastion.pairing.PairingKind;
import org.bastion.pairing.PairingStatus;
import org.bastion.pairing.PairingView;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Repository;

/** The pairing tables, read and written with SQL; reads that serve a caller take the caller's scope. */
@Repository
public class PairingStore {

	static final String COLUMNS = "p.id, p.kind, p.left_id, p.left_name, p.right_id, p.right_name, p.right_division, "
			+ "p.link_type, p.starts_on, p.ends_on, p.status, p.end_reason, p.run_id, p.explanation, p.version";

	private final JdbcClient jdbc;
	private final PairingRules rules;
	private final Clock clock;

	private final ApplicationEventPublisher events;

	PairingStore(JdbcClient jdbc, PairingRules rules, Clock clock, ApplicationEventPublisher events) {
		this.events = events;
		this.clock = clock;
		this.jdbc = jdbc;
		this.rules = rules;
	}

	static PairingView view(ResultSet rs, int row) throws SQLException {
		String link = rs.getString("link_type");
		long run = rs.getLong("run_id");
		Long runId = rs.wasNull() ? null : run;
		return new PairingView(rs.getLong("id"), PairingKind.valueOf(rs.getString("kind")), rs.getLong("left_id"),
				rs.getString("left_name"), rs.getLong("right_id"), rs.getString("right_name"), rs.getString("right_division"),
				link == null ? null : LinkType.valueOf(link), rs.getObject("starts_on", LocalDate.class),
				rs.getObject("ends_on", LocalDate.class), PairingStatus.valueOf(rs.getString("status")),
				rs.getString("end_reason"), runId, rs.getString("explanation"), rs.getLong("version"));
	}

	/**
	 * Inserts a pairing. Where the right side takes one helper, the row carries its id as
	 * {@code live_right} while live, and where the left side's quota is one, its id as
	 * {@code live_left}, so the database refuses a second live pairing of such a side even when two
	 * writers passed the rule checks at once: that is refused here naming the rule.
	 */
	long insert(PairingKind kind, SideInfo left, SideInfo right, LinkType linkType, LocalDate startsOn,
			PairingStatus status, Long runId, String explanation) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		Long liveRight = status.live() && rules.rightCapacity(kind) == 1 ? right.id() : null;
		Long liveLeft = status.live() && rules.quota(kind, left.rank()) == 1 ? left.id() : null;
		try {
			jdbc.sql("""
				insert into pairing (kind, left_id, right_id, left_name, right_name, left_organization_id, right_organization_id,
				  left_division, right_division, link_type, starts_on, status, run_id, explanation, live_right, live_left)
				values (:kind, :leftId, :rightId, :leftName, :rightName, :leftOrg, :rightOrg, :leftDiv, :rightDiv, :link,
				  :startsOn, :status, :runId, :explanation, :liveRight, :liveLeft)""")
			.param("kind", kind.name())
			.param("leftId", left.id())
			.param("rightId", right.id())
			.param("leftName", left.name())
			.param("rightName", right.name())
			.param("leftOrg", left.organizationId())
			.param("rightOrg", right.organizationId())
			.param("leftDiv", left.divisionCode())
			.param("rightDiv", right.divisionCode())
			.param("link", linkType == null ? null : linkType.name())
			.param("startsOn", startsOn)
			.param("status", status.name())
			.param("runId", runId)
			.param("explanation", explanation)
			.param("liveRight", liveRight)
			.param("liveLeft", liveLeft)
			.update(keys, "id");
		}
		catch (DuplicateKeyException ex) {
			throw String.valueOf(ex.getMessage()).toLowerCase(java.util.Locale.ROOT).contains("uq_pairing_live_left")
					? DomainException.conflict("pairing.rule.quotaTaken", left.name())
					: DomainException.conflict("pairing.rule.oneRightTaken", right.name());
		}
		long id = keys.getKey().longValue();
		PairingIndicators.changed(events, id, kind, left.id(), right.id());
		return id;
	}

	/**
	 * {@code " and (…)"}: the pairing (alias {@code p}) is in the scope when either side is — its
	 * organization or division copy, or the side's id where that side is a person of the scope; adds
	 * the parameters. Nothing when the scope is unrestricted.
	 */
	static String inScope(DataScope scope, Map<String, Object> params) {
		ScopeSql.Condition condition = ScopeSql.of(scope)
			.organizations("p.left_organization_id", "p.right_organization_id")
			.divisions("p.left_division", "p.right_division")
			.persons("p.kind in (:scopeLeftPersonKinds)", "p.left_id")
			.persons("p.kind in (:scopeRightPersonKinds)", "p.right_id")
			.condition();
		params.putAll(condition.params());
		params.put("scopeLeftPersonKinds", kindsWithPerson(true));
		params.put("scopeRightPersonKinds", kindsWithPerson(false));
		return condition.and();
	}

	private static List<String> kindsWithPerson(boolean left) {
		return java.util.Arrays.stream(PairingKind.values())
			.filter(k -> (left ? k.left() : k.right()) == org.bastion.pairing.Side.PERSON)
			.map(Enum::name)
			.toList();
	}

	Optional<PairingView> find(long id, DataScope scope) {
		Map<String, Object> params = new HashMap<>();
		params.put("id", id);
		return jdbc.sql("select " + COLUMNS + " from pairing p where p.id = :id" + inScope(scope, params))
			.params(params)
			.query(PairingStore::view)
			.optional();
	}

	/** The live pairings of a right side in the kind, oldest first, whoever may see them (for its capacity). */
	List<PairingView> liveOfRight(PairingKind kind, long rightId) {
		return jdbc.sql("select " + COLUMNS + " from pairing p where p.kind = :kind and p.right_id = :id and p.status <> 'ENDED' order by p.id")
			.param("kind", kind.name())
			.param("id", rightId)
			.query(PairingStore::view)
			.list();
	}

	List<PairingView> liveOfRights(PairingKind kind, java.util.Collection<Long> rightIds, DataScope scope) {
		if (rightIds.isEmpty()) {
			return List.of();
		}
		Map<String, Object> params = new HashMap<>();
		params.put("kind", kind.name());
		params.put("ids", List.copyOf(rightIds));
		return jdbc.sql("select " + COLUMNS + " from pairing p where p.kind = :kind and p.right_id in (:ids) and p.status <> 'ENDED'"
				+ inScope(scope, params) + " order by p.id")
			.params(params)
			.query(PairingStore::view)
			.list();
	}

	/** Right sides with a confirmed pairing of the kind that had started and not yet ended on the day. */
	List<Long> rightsPairedOn(PairingKind kind, java.util.Collection<Long> rightIds, java.time.LocalDate on, DataScope scope) {
		if (rightIds.isEmpty()) {
			return List.of();
		}
		Map<String, Object> params = new HashMap<>();
		params.put("kind", kind.name());
		params.put("ids", List.copyOf(rightIds));
		params.put("on", on);
		return jdbc.sql("select distinct p.right_id from pairing p where p.kind = :kind and p.right_id in (:ids)"
				+ " and p.status <> 'PROPOSED' and p.starts_on <= :on and (p.ends_on is null or p.ends_on > :on)"
				+ inScope(scope, params))
			.params(params)
			.query(Long.class)
			.list();
	}

	List<PairingView> liveOfLeft(PairingKind kind, long leftId) {
		return jdbc.sql("select " + COLUMNS + " from pairing p where p.kind = :kind and p.left_id = :id and p.status <> 'ENDED' order by p.id")
			.param("kind", kind.name())
			.param("id", leftId)
			.query(PairingStore::view)
			.list();
	}

	/** Live pairings of the kind whose right side lies in the division, whoever may see them (for the solver). */
	List<PairingView> liveInDivision(PairingKind kind, String divisionCode) {
		return jdbc.sql("select " + COLUMNS + " from pairing p where p.kind = :kind and p.status <> 'ENDED' "
				+ "and p.right_division like :prefix escape '\\'")
			.param("kind", kind.name())
			.param("prefix", SqlLike.startsWith(divisionCode))
			.query(PairingStore::view)
			.list();
	}

	/** How many live pairings of the kind each left side holds. */
	Map<Long, Integer> liveCountsByLeft(PairingKind kind) {
		Map<Long, Integer> counts = new HashMap<>();
		jdbc.sql("select left_id, count(*) n from pairing where kind = :kind and status <> 'ENDED' group by left_id")
			.param("kind", kind.name())
			.query((rs, i) -> counts.put(rs.getLong("left_id"), rs.getInt("n")))
			.list();
		return counts;
	}

	PageResult<PairingView> search(PairingKind kind, PairingStatus status, String name, String division, DataScope scope,
			PageRequest page) {
		Map<String, Object> params = new LinkedHashMap<>();
		String where = filters(kind, status, name, division, params) + inScope(scope, params);
		long total = jdbc.sql("select count(*) from pairing p where 1 = 1" + where).params(params).query(Long.class).single();
		params.put("limit", page.size());
		params.put("offset", page.offset());
		List<PairingView> items = jdbc
			.sql("select " + COLUMNS + " from pairing p where 1 = 1" + where + " order by p.status, p.left_name, p.id limit :limit offset :offset")
			.params(params)
			.query(PairingStore::view)
			.list();
		return new PageResult<>(items, page.page(), page.size(), total);
	}

	/** Every matching pairing in scope, for exports. */
	List<PairingView> all(PairingKind kind, PairingStatus status, String name, String division, DataScope scope) {
		Map<String, Object> params = new LinkedHashMap<>();
		String where = filters(kind, status, name, division, params) + inScope(scope, params);
		return jdbc.sql("select " + COLUMNS + " from pairing p where 1 = 1" + where + " order by p.left_name, p.id")
			.params(params)
			.query(PairingStore::view)
			.list();
	}

	private static String filters(PairingKind kind, PairingStatus status, String name, String division, Map<String, Object> params) {
		StringBuilder where = new StringBuilder();
		if (kind != null) {
			where.append(" and p.kind = :kind");
			params.put("kind", kind.name());
		}
		if (status != null) {
			where.append(" and p.status = :status");
			params.put("status", status.name());
		}
		if (name != null && !name.isBlank()) {
			where.append(" and (p.left_name like :name escape '\\' or p.right_name like :name escape '\\')");
			params.put("name", SqlLike.contains(name.strip()));
		}
		if (division != null && !division.isBlank()) {
			where.append(" and p.right_division like :division escape '\\'");
			params.put("division", SqlLike.startsWith(division.strip()));
		}
		return where.toString();
	}

	/** Pairings where the side is a person (left or right side of a person kind), in scope. */
	List<PairingView> ofSide(String side, long id, DataScope scope) {
		Map<String, Object> params = new HashMap<>();
		params.put("id", id);
		params.put("leftKinds", java.util.Arrays.stream(PairingKind.values()).filter(k -> k.left().name().equals(side)).map(Enum::name).toList());
		List<String> rightKinds = java.util.Arrays.stream(PairingKind.values()).filter(k -> k.right().name().equals(side)).map(Enum::name).toList();
		params.put("rightKinds", rightKinds.isEmpty() ? List.of("-") : rightKinds);
		return jdbc.sql("select " + COLUMNS + " from pairing p where ((p.kind in (:leftKinds) and p.left_id = :id) "
				+ "or (p.kind in (:rightKinds) and p.right_id = :id))" + inScope(scope, params)
				+ " order by case when p.status = 'ENDED' then 1 else 0 end, p.starts_on desc")
			.params(params)
			.query(PairingStore::view)
			.list();
	}

	/** Live pairings of the kind in scope by the township of their right side (its first nine digits). */
	Map<String, Long> liveByTownship(PairingKind kind, DataScope scope) {
		Map<String, Object> params = new HashMap<>();
		params.put("kind", kind.name());
		Map<String, Long> counts = new java.util.TreeMap<>();
		jdbc.sql("select p.right_division, count(*) n from pairing p where p.kind = :kind and p.status <> 'ENDED'"
				+ inScope(scope, params) + " group by p.right_division")
			.params(params)
			.query((rs, i) -> counts.merge(CostModel.township(rs.getString(1)), rs.getLong(2), Long::sum))
			.list();
		return counts;
	}

	/** Live pairings of every kind in scope, by kind. */
	Map<PairingKind, Long> liveByKind(DataScope scope) {
		Map<String, Object> params = new HashMap<>();
		Map<PairingKind, Long> counts = new java.util.EnumMap<>(PairingKind.class);
		jdbc.sql("select p.kind, count(*) n from pairing p where p.status <> 'ENDED'" + inScope(scope, params)
				+ " group by p.kind")
			.params(params)
			.query((rs, i) -> counts.put(PairingKind.valueOf(rs.getString(1)), rs.getLong(2)))
			.list();
		return counts;
	}

	/** Changes a pairing's status; an ended pairing frees its sides ({@code live_right}, {@code live_left}). */
	boolean changeStatus(long id, PairingStatus status, LocalDate endsOn, String reason) {
		jdbc.sql("select kind, left_id, right_id from pairing where id = :id").param("id", id)
			.query((rs, i) -> {
				PairingIndicators.changed(events, id, PairingKind.valueOf(rs.getString(1)), rs.getLong(2), rs.getLong(3));
				return id;
			})
			.list();
		return jdbc.sql("update pairing set status = :status, ends_on = :endsOn, end_reason = :reason, version = version + 1"
				+ (status.live() ? "" : ", live_right = null, live_left = null") + " where id = :id")
			.param("status", status.name())
			.param("endsOn", endsOn)
			.param("reason", reason)
			.param("id", id)
			.update() == 1;
	}

	void history(long pairingId, PairingStatus status, String note, String actor) {
		jdbc.sql("insert into pairing_history (pairing_id, at, status, note, actor) values (:id, :at, :status, :note, :actor)")
			.param("id", pairingId)
			.param("at", Timestamp.from(clock.instant()))
			.param("status", status.name())
			.param("note", note)
			.param("actor", actor)
			.update();
	}

	public record HistoryEntry(Instant at, PairingStatus status, String note, String actor) {
	}

	List<HistoryEntry> history(long pairingId) {
		return jdbc.sql("select at, status, note, actor from pairing_history where pairing_id = :id order by id")
			.param("id", pairingId)
			.query((rs, i) -> new HistoryEntry(rs.getTimestamp("at").toInstant(), PairingStatus.valueOf(rs.getString("status")),
					rs.getString("note"), rs.getString("actor")))
			.list();
	}

	Optional<VillageNeed> villageNeed(String divisionCode) {
		return jdbc.sql("select need from pairing_village_need where division_code = :code")
			.param("code", divisionCode)
			.query(String.class)
			.optional()
			.map(VillageNeed::valueOf);
	}

	Map<String, VillageNeed> villageNeeds() {
		Map<String, VillageNeed> needs = new HashMap<>();
		jdbc.sql("select division_code, need from pairing_village_need")
			.query((rs, i) -> needs.put(rs.getString(1), VillageNeed.valueOf(rs.getString(2))))
			.list();
		return needs;
	}

	void setVillageNeed(String divisionCode, VillageNeed need) {
		jdbc.sql("delete from pairing_village_need where division_code = :code").param("code", divisionCode).update();
		if (need != null) {
			jdbc.sql("insert into pairing_village_need (division_code, need) values (:code, :need)")
				.param("code", divisionCode)
				.param("need", need.name())
				.update();
		}
	}

	/** A visit (走访) or help (帮扶) record; what it brought is recorded as projects, ledger entries and households brought into work. */
	public record Visit(long id, long pairingId, String type, LocalDate visitedOn, String visitor, String content) {
	}

	long insertVisit(Visit v) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into pairing_visit (pairing_id, visit_type, visited_on, visitor, content)
				values (:pairing, :type, :on, :visitor, :content)""")
			.param("pairing", v.pairingId())
			.param("type", v.type())
			.param("on", v.visitedOn())
			.param("visitor", v.visitor())
			.param("content", v.content())
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	List<Visit> visits(long pairingId) {
		return jdbc.sql("select * from pairing_visit where pairing_id = :id order by visited_on desc, id desc")
			.param("id", pairingId)
			.query((rs, i) -> new Visit(rs.getLong("id"), rs.getLong("pairing_id"), rs.getString("visit_type"),
					rs.getObject("visited_on", LocalDate.class), rs.getString("visitor"), rs.getString("content")))
			.list();
	}
}

package org.bastion.pairing.internal;

import java.time.Clock;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.bastion.pairing.PairingKind;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Solver runs, their proposals, and staff's locks and exclusions. */
@Repository
public class RunStore {

	public enum RunStatus {
		RUNNING, DONE, FAILED
	}

	public record Run(long id, PairingKind kind, String divisionCode, RunStatus status, Instant startedAt, Instant finishedAt,
			String startedBy, Integer lefts, Integer rights, Integer paired, Integer shortage, Integer spare, Long objective,
			Long millis, String message) {
	}

	/** One proposed pair with the terms that explain it. */
	public record Proposal(long id, long runId, long leftId, long rightId, String leftName, String rightName,
			Long leftOrganizationId, Long rightOrganizationId, String leftDivision, String rightDivision, boolean locked,
			boolean kept, int quota, int rank, int principle, int distance, long workload, int keepBonus, int helper,
			int helpers, long sharing, Long pairingId) {

		public long cost() {
			return principle + distance + workload + sharing - keepBonus;
		}
	}

	public enum ConstraintType {
		LOCK, EXCLUDE_LEFT, EXCLUDE_RIGHT
	}

	public record Constraint(long id, ConstraintType type, Long leftId, Long rightId, String createdBy) {
	}

	private final JdbcClient jdbc;
	private final NamedParameterJdbcTemplate named;
	private final Clock clock;

	RunStore(JdbcClient jdbc, NamedParameterJdbcTemplate named, Clock clock) {
		this.clock = clock;
		this.jdbc = jdbc;
		this.named = named;
	}

	long start(PairingKind kind, String divisionCode, String by) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("insert into pairing_run (kind, division_code, status, started_at, started_by) values (:kind, :code, 'RUNNING', :at, :by)")
			.param("kind", kind.name())
			.param("code", divisionCode)
			.param("at", Timestamp.from(clock.instant()))
			.param("by", by)
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	void finish(long id, int lefts, int rights, int paired, int shortage, int spare, long objective, long millis, String message) {
		jdbc.sql("""
				update pairing_run set status = 'DONE', finished_at = :at, lefts = :lefts, rights = :rights, paired = :paired,
				  shortage = :shortage, spare = :spare, objective = :objective, millis = :millis, message = :message where id = :id""")
			.param("at", Timestamp.from(clock.instant()))
			.param("lefts", lefts)
			.param("rights", rights)
			.param("paired", paired)
			.param("shortage", shortage)
			.param("spare", spare)
			.param("objective", objective)
			.param("millis", millis)
			.param("message", message)
			.param("id", id)
			.update();
	}

	void fail(long id, String message) {
		jdbc.sql("update pairing_run set status = 'FAILED', finished_at = :at, message = :message where id = :id")
			.param("at", Timestamp.from(clock.instant()))
			.param("message", message == null ? null : message.substring(0, Math.min(500, message.length())))
			.param("id", id)
			.update();
	}

	/** Runs a crash left running can never finish: marks them failed. */
	int failAbandoned(String message) {
		return jdbc.sql("update pairing_run set status = 'FAILED', finished_at = :at, message = :message where status = 'RUNNING'")
			.param("at", Timestamp.from(clock.instant()))
			.param("message", message)
			.update();
	}

	private static Run run(ResultSet rs, int row) throws SQLException {
		Timestamp finished = rs.getTimestamp("finished_at");
		return new Run(rs.getLong("id"), PairingKind.valueOf(rs.getString("kind")), rs.getString("division_code"),
				RunStatus.valueOf(rs.getString("status")), rs.getTimestamp("started_at").toInstant(),
				finished == null ? null : finished.toInstant(), rs.getString("started_by"), (Integer) rs.getObject("lefts", Integer.class),
				rs.getObject("rights", Integer.class), rs.getObject("paired", Integer.class), rs.getObject("shortage", Integer.class),
				rs.getObject("spare", Integer.class), rs.getObject("objective", Long.class), rs.getObject("millis", Long.class),
				rs.getString("message"));
	}

	Optional<Run> find(long id) {
		return jdbc.sql("select * from pairing_run where id = :id").param("id", id).query(RunStore::run).optional();
	}

	List<Run> recent(PairingKind kind, int limit) {
		return jdbc.sql("select * from pairing_run where kind = :kind order by id desc limit :limit")
			.param("kind", kind.name())
			.param("limit", limit)
			.query(RunStore::run)
			.list();
	}

	void insertProposals(long runId, List<Proposal> proposals) {
		List<MapSqlParameterSource> batch = new ArrayList<>();
		for (Proposal p : proposals) {
			batch.add(new MapSqlParameterSource(Map.ofEntries(Map.entry("run", runId), Map.entry("leftId", p.leftId()),
					Map.entry("rightId", p.rightId()), Map.entry("leftName", p.leftName()), Map.entry("rightName", p.rightName()),
					Map.entry("locked", p.locked()), Map.entry("kept", p.kept()), Map.entry("quota", p.quota()),
					Map.entry("rank", p.rank()), Map.entry("principle", p.principle()), Map.entry("distance", p.distance()),
					Map.entry("workload", p.workload()), Map.entry("bonus", p.keepBonus()), Map.entry("helper", p.helper()),
					Map.entry("helpers", p.helpers()), Map.entry("sharing", p.sharing())))
				.addValue("leftOrg", p.leftOrganizationId())
				.addValue("rightOrg", p.rightOrganizationId())
				.addValue("leftDiv", p.leftDivision())
				.addValue("rightDiv", p.rightDivision()));
		}
		named.batchUpdate("""
				insert into pairing_proposal (run_id, left_id, right_id, left_name, right_name, left_organization_id,
				  right_organization_id, left_division, right_division, locked, kept, quota, rank_in_quota, principle_cost,
				  distance_cost, workload_cost, keep_bonus, helper_rank, helper_capacity, sharing_cost)
				values (:run, :leftId, :rightId, :leftName, :rightName, :leftOrg, :rightOrg, :leftDiv, :rightDiv, :locked, :kept,
				  :quota, :rank, :principle, :distance, :workload, :bonus, :helper, :helpers, :sharing)""", batch.toArray(MapSqlParameterSource[]::new));
	}

	private static Proposal proposal(ResultSet rs, int row) throws SQLException {
		return new Proposal(rs.getLong("id"), rs.getLong("run_id"), rs.getLong("left_id"), rs.getLong("right_id"),
				rs.getString("left_name"), rs.getString("right_name"), rs.getObject("left_organization_id", Long.class),
				rs.getObject("right_organization_id", Long.class), rs.getString("left_division"), rs.getString("right_division"),
				rs.getBoolean("locked"), rs.getBoolean("kept"), rs.getInt("quota"), rs.getInt("rank_in_quota"),
				rs.getInt("principle_cost"), rs.getInt("distance_cost"), rs.getLong("workload_cost"), rs.getInt("keep_bonus"),
				rs.getInt("helper_rank"), rs.getInt("helper_capacity"), rs.getLong("sharing_cost"), rs.getObject("pairing_id", Long.class));
	}

	List<Proposal> proposals(long runId, int offset, int limit) {
		return jdbc.sql("select * from pairing_proposal where run_id = :run order by left_name, left_id, id limit :limit offset :offset")
			.param("run", runId)
			.param("limit", limit)
			.param("offset", offset)
			.query(RunStore::proposal)
			.list();
	}

	List<Proposal> proposals(long runId) {
		return jdbc.sql("select * from pairing_proposal where run_id = :run order by id")
			.param("run", runId)
			.query(RunStore::proposal)
			.list();
	}

	Optional<Proposal> proposal(long runId, long id) {
		return jdbc.sql("select * from pairing_proposal where run_id = :run and id = :id")
			.param("run", runId)
			.param("id", id)
			.query(RunStore::proposal)
			.optional();
	}

	/**
	 * Claims the whole run's confirmation: true for exactly one caller. A concurrent caller's update
	 * waits on the row until the first commits and then matches nothing.
	 */
	boolean claimConfirmation(long runId, String by) {
		return jdbc.sql("update pairing_run set confirmed_at = :at, confirmed_by = :by where id = :id and status = 'DONE' and confirmed_at is null")
			.param("at", Timestamp.from(clock.instant()))
			.param("by", by)
			.param("id", runId)
			.update() == 1;
	}

	/**
	 * Takes the run's row for a pair-by-pair confirmation, so that confirmations of one run follow one
	 * another; false when the whole run has been confirmed.
	 */
	boolean holdUnconfirmed(long runId) {
		return jdbc.sql("update pairing_run set confirmed = confirmed where id = :id and status = 'DONE' and confirmed_at is null")
			.param("id", runId)
			.update() == 1;
	}

	void recordConfirmed(long runId, int confirmed) {
		jdbc.sql("update pairing_run set confirmed = :n where id = :id").param("n", confirmed).param("id", runId).update();
	}

	/** How many pairs the whole run's confirmation made active, once it has been confirmed. */
	Optional<Integer> confirmedCount(long runId) {
		return jdbc.sql("select confirmed from pairing_run where id = :id and confirmed_at is not null")
			.param("id", runId)
			.query((rs, i) -> rs.getInt(1))
			.optional();
	}

	void confirmed(long proposalId, long pairingId) {
		jdbc.sql("update pairing_proposal set pairing_id = :pairing where id = :id")
			.param("pairing", pairingId)
			.param("id", proposalId)
			.update();
	}

	void addConstraint(PairingKind kind, String divisionCode, ConstraintType type, Long leftId, Long rightId, String by) {
		jdbc.sql("""
				insert into pairing_constraint (kind, division_code, constraint_type, left_id, right_id, created_by, created_at)
				values (:kind, :code, :type, :left, :right, :by, :at)""")
			.param("kind", kind.name())
			.param("code", divisionCode)
			.param("type", type.name())
			.param("left", leftId)
			.param("right", rightId)
			.param("by", by)
			.param("at", Timestamp.from(clock.instant()))
			.update();
	}

	void removeConstraint(PairingKind kind, String divisionCode, long id) {
		jdbc.sql("delete from pairing_constraint where id = :id and kind = :kind and division_code = :code")
			.param("id", id)
			.param("kind", kind.name())
			.param("code", divisionCode)
			.update();
	}

	List<Constraint> constraints(PairingKind kind, String divisionCode) {
		return jdbc.sql("select * from pairing_constraint where kind = :kind and division_code = :code order by id")
			.param("kind", kind.name())
			.param("code", divisionCode)
			.query((rs, i) -> new Constraint(rs.getLong("id"), ConstraintType.valueOf(rs.getString("constraint_type")),
					rs.getObject("left_id", Long.class), rs.getObject("right_id", Long.class), rs.getString("created_by")))
			.list();
	}
}

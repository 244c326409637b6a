package org.bastion.platform.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.bastion.platform.WorkResult;
import org.bastion.platform.WorkStatus;
import org.bastion.platform.WorkStatus.State;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The rows of {@code platform_work}: instants stored as UTC, one running row per kind and key. Every
 * write commits by itself (a new transaction), so that the progress of work that runs in a
 * transaction of its own, such as an import, is seen by other requests while that transaction is open.
 */
@Repository
class WorkStore {

	private static final String COLUMNS = "id, kind, work_key, title, owner_username, state, phase, done_count, total_count,"
			+ " error_count, started_at, ended_at, result_link, summary, failure, result_data";

	private final JdbcClient jdbc;
	private final TransactionTemplate apart;

	WorkStore(JdbcClient jdbc, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.apart = new TransactionTemplate(transactions);
		this.apart.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/** Records the work as running; a second running row of the kind and key breaks the unique key. */
	long insertRunning(String kind, String key, String title, String owner, Instant now) {
		GeneratedKeyHolder id = new GeneratedKeyHolder();
		apart.executeWithoutResult(tx -> jdbc.sql("""
				insert into platform_work (kind, work_key, running_key, title, owner_username, state, started_at, touched_at)
				values (:kind, :key, :running, :title, :owner, 'RUNNING', :now, :now)""")
			.param("kind", kind).param("key", key).param("running", runningKey(kind, key)).param("title", clip(title, 300))
			.param("owner", owner).param("now", utc(now))
			.update(id, "id"));
		return id.getKeyAs(Number.class).longValue();
	}

	/**
	 * Ends as failed the running work of the kind and key that nobody has touched since
	 * {@code before}: its node died, so it must not block the next start for ever.
	 */
	int abandon(String kind, String key, Instant before, Instant now, String reason) {
		return apart.execute(tx -> jdbc.sql("""
				update platform_work set state = 'FAILED', running_key = null, ended_at = :now, failure = :reason
				where running_key = :running and touched_at < :before""")
			.param("now", utc(now)).param("reason", reason).param("running", runningKey(kind, key))
			.param("before", utc(before)).update());
	}

	void progress(long id, String phase, long done, Long total, long errors, Instant now) {
		apart.executeWithoutResult(tx -> jdbc.sql("""
				update platform_work set phase = :phase, done_count = :done, total_count = :total, error_count = :errors,
				touched_at = :now where id = :id and state = 'RUNNING'""")
			.param("phase", phase).param("done", done).param("total", total).param("errors", errors)
			.param("now", utc(now)).param("id", id).update());
	}

	void done(long id, WorkResult result, Instant now) {
		apart.executeWithoutResult(tx -> jdbc.sql("""
				update platform_work set state = 'DONE', running_key = null, ended_at = :now, touched_at = :now,
				result_link = :link, summary = :summary, result_data = :data where id = :id and state = 'RUNNING'""")
			.param("now", utc(now)).param("link", result.link()).param("summary", clip(result.summary(), 1000))
			.param("data", result.data()).param("id", id).update());
	}

	void failed(long id, String reason, Instant now) {
		apart.executeWithoutResult(tx -> jdbc.sql("""
				update platform_work set state = 'FAILED', running_key = null, ended_at = :now, touched_at = :now,
				failure = :reason where id = :id and state = 'RUNNING'""")
			.param("now", utc(now)).param("reason", clip(reason, 2000)).param("id", id).update());
	}

	Optional<WorkStatus> find(long id, String owner) {
		return jdbc.sql("select " + COLUMNS + " from platform_work where id = :id and owner_username = :owner")
			.param("id", id).param("owner", owner).query(WorkStore::status).optional();
	}

	List<WorkStatus> recent(String owner, int limit) {
		return jdbc.sql("select " + COLUMNS + " from platform_work where owner_username = :owner order by started_at desc, id desc"
				+ " limit :limit")
			.param("owner", owner).param("limit", limit).query(WorkStore::status).list();
	}

	/**
	 * The owner's work started since the instant that failed: how many and the latest's id, in one
	 * count over the owner's rows of {@code ix_platform_work_owner} (owner, started_at) — asked on every page.
	 */
	Failures failedSince(String owner, Instant since) {
		return jdbc.sql("select count(*) as failed, max(id) as latest from platform_work"
				+ " where owner_username = :owner and started_at >= :since and state = 'FAILED'")
			.param("owner", owner).param("since", utc(since))
			.query((rs, row) -> new Failures(rs.getLong("failed"), rs.getLong("latest"))).single();
	}

	record Failures(long count, long latestId) {
	}

	boolean running(String kind, String key) {
		return jdbc.sql("select count(*) from platform_work where running_key = :running")
			.param("running", runningKey(kind, key)).query(Long.class).single() > 0;
	}

	/** The title of the work of the kind and key that runs now, if one does. */
	Optional<String> runningTitle(String kind, String key) {
		return jdbc.sql("select title from platform_work where running_key = :running")
			.param("running", runningKey(kind, key)).query(String.class).optional();
	}

	private static String runningKey(String kind, String key) {
		return kind + "|" + key;
	}

	private static String clip(String text, int length) {
		return text == null || text.length() <= length ? text : text.substring(0, length);
	}

	private static OffsetDateTime utc(Instant instant) {
		return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
		return at == null ? null : at.toInstant();
	}

	private static WorkStatus status(ResultSet rs, int row) throws SQLException {
		long total = rs.getLong("total_count");
		Long knownTotal = rs.wasNull() ? null : total;
		return new WorkStatus(rs.getLong("id"), rs.getString("kind"), rs.getString("work_key"), rs.getString("title"),
				rs.getString("owner_username"), State.valueOf(rs.getString("state")), rs.getString("phase"),
				rs.getLong("done_count"), knownTotal, rs.getLong("error_count"), instant(rs, "started_at"),
				instant(rs, "ended_at"), rs.getString("result_link"), rs.getString("summary"), rs.getString("failure"),
				rs.getString("result_data"));
	}
}

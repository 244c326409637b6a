package org.bastion.platform.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.bastion.common.scope.DataScope;
import org.bastion.common.scope.ScopeSql;
import org.bastion.platform.Reminder;
import org.bastion.platform.Reminders;
import org.bastion.platform.ToDo;
import org.bastion.platform.ToDo.Urgency;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * {@link Reminders} on {@code platform_reminder}: plain rows, written in the caller's transaction.
 * Raising is a compare-and-set per row ({@code PENDING} to {@code RAISED}), so of two nodes sweeping
 * at once each reminder is raised by exactly one.
 */
@Repository
class ReminderStore implements Reminders {

	private final JdbcClient jdbc;
	private final Clock clock;

	ReminderStore(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public void remind(Reminder r) {
		if (move(r) == 0) {
			try {
				jdbc.sql("""
						insert into platform_reminder (topic, record_key, recipient_key, recipient_user, recipient_authority,
						recipient_org_id, urgency, message_key, link, due_on, remind_at, expires_at, state)
						values (:topic, :record, :recipient, :user, :authority, :org, :urgency, :message, :link, :due, :at,
						:expires, 'PENDING')""")
					.param("topic", r.topic()).param("record", r.record())
					.param("recipient", r.recipient().key()).param("user", r.recipient().username())
					.param("authority", r.recipient().authority()).param("org", r.recipient().organizationId())
					.param("urgency", r.urgency().name()).param("message", r.messageKey()).param("link", r.link())
					.param("due", r.due()).param("at", utc(r.at())).param("expires", utc(r.expires()))
					.update();
			}
			catch (DuplicateKeyException ex) {
				move(r); // another request made it just now: this one moves it
			}
		}
	}

	/** Moves an existing reminder of the topic, record and recipient to the new time and text, pending again. */
	private int move(Reminder r) {
		return jdbc.sql("""
				update platform_reminder set urgency = :urgency, message_key = :message, link = :link, due_on = :due,
				remind_at = :at, expires_at = :expires, state = 'PENDING', raised_at = null, done_at = null
				where topic = :topic and record_key = :record and recipient_key = :recipient""")
			.param("urgency", r.urgency().name()).param("message", r.messageKey()).param("link", r.link())
			.param("due", r.due()).param("at", utc(r.at())).param("expires", utc(r.expires()))
			.param("topic", r.topic()).param("record", r.record()).param("recipient", r.recipient().key())
			.update();
	}

	@Override
	public void escalate(Reminder reminder) {
		remind(reminder.urgency(Urgency.OVERDUE));
	}

	@Override
	public void done(String topic, String record) {
		jdbc.sql("update platform_reminder set state = 'DONE', done_at = :now where topic = :topic and record_key = :record"
				+ " and state <> 'DONE'")
			.param("now", utc(clock.instant())).param("topic", topic).param("record", record).update();
	}

	/**
	 * Raises every pending reminder due by {@code now}, each with a compare-and-set, and ends those
	 * expired; answers the ids this caller raised (none that another raised first).
	 */
	List<Long> raiseDue(Instant now) {
		List<Long> due = jdbc.sql("select id from platform_reminder where state = 'PENDING' and remind_at <= :now order by id")
			.param("now", utc(now)).query(Long.class).list();
		List<Long> raised = new ArrayList<>();
		for (long id : due) {
			if (jdbc.sql("update platform_reminder set state = 'RAISED', raised_at = :now where id = :id and state = 'PENDING'")
				.param("now", utc(now)).param("id", id).update() == 1) {
				raised.add(id);
			}
		}
		jdbc.sql("update platform_reminder set state = 'DONE', done_at = :now where state = 'RAISED' and expires_at <= :now")
			.param("now", utc(now)).update();
		return raised;
	}

	/**
	 * The raised reminders of a user — theirs by name, or for an authority they hold over an
	 * organization their scope covers — as to-dos, one per text, urgency and link, with the count.
	 */
	List<ToDo> raisedFor(String username, Collection<String> authorities, DataScope scope, Instant now) {
		ScopeSql.Condition covered = ScopeSql.of(scope).organizations("recipient_org_id").condition();
		return jdbc.sql("select message_key, urgency, link, count(*) as n, min(due_on) as due from platform_reminder"
				+ " where state = 'RAISED' and (expires_at is null or expires_at > :now) and (recipient_user = :user"
				+ " or (recipient_authority in (:authorities) and (" + covered.where() + ")))"
				+ " group by message_key, urgency, link")
			.params(covered.params()).param("now", utc(now)).param("user", username)
			.param("authorities", authorities.isEmpty() ? List.of("-") : List.copyOf(authorities))
			.query((rs, row) -> new ToDo(Urgency.valueOf(rs.getString("urgency")), rs.getString("message_key"), List.of(),
					rs.getString("link"), rs.getLong("n"), rs.getObject("due", LocalDate.class)))
			.list();
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}
}

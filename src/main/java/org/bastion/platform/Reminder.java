package org.bastion.platform;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

import org.bastion.platform.ToDo.Urgency;

/**
 * "Remind {@link Recipient} of a record at a time" (提醒): from {@code at} on, a to-do of the
 * recipient until {@link Reminders#done} says the record needs nothing more, or until {@code expires}.
 *
 * @param topic what it is about, e.g. {@code selection.objection.unanswered}; with the record and the
 *        recipient it names the reminder (reminding again moves it)
 * @param record which record, e.g. {@code 12} (an objection's id)
 * @param messageKey the to-do's text, {@code {0}} the number of such reminders raised for the user
 * @param link where the recipient acts on it
 * @param due the day shown as due, if any
 * @param expires when it stops being a to-do though nobody said done (e.g. the end of a last day); may be null
 */
public record Reminder(String topic, String record, Recipient recipient, Instant at, Urgency urgency, String messageKey,
		String link, LocalDate due, Instant expires) {

	public Reminder {
		Objects.requireNonNull(topic);
		Objects.requireNonNull(record);
		Objects.requireNonNull(recipient);
		Objects.requireNonNull(at);
		Objects.requireNonNull(urgency);
		Objects.requireNonNull(messageKey);
		Objects.requireNonNull(link);
	}

	/** A reminder due today from {@code at}, without a due day or an end. */
	public static Reminder of(String topic, String record, Recipient recipient, Instant at, String messageKey, String link) {
		return new Reminder(topic, record, recipient, at, Urgency.TODAY, messageKey, link, null, null);
	}

	public Reminder urgency(Urgency value) {
		return new Reminder(topic, record, recipient, at, value, messageKey, link, due, expires);
	}

	public Reminder due(LocalDate value) {
		return new Reminder(topic, record, recipient, at, urgency, messageKey, link, value, expires);
	}

	public Reminder expires(Instant value) {
		return new Reminder(topic, record, recipient, at, urgency, messageKey, link, due, value);
	}

	/**
	 * Who is reminded: one user ({@link #user}), or every holder of an authority whose data scope
	 * covers an organization ({@link #holders}) — its own administrators and those above them.
	 */
	public record Recipient(String username, String authority, Long organizationId) {

		public static Recipient user(String username) {
			return new Recipient(Objects.requireNonNull(username), null, null);
		}

		public static Recipient holders(String authority, long organizationId) {
			return new Recipient(null, Objects.requireNonNull(authority), organizationId);
		}

		/** The recipient in the reminder's name. */
		public String key() {
			return username != null ? "user:" + username : "holders:" + authority + "@" + organizationId;
		}
	}
}

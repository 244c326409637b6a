package org.bastion.platform;

/**
 * Reminders (提醒) that timers raise as to-dos: "remind X of R at T" ({@link #remind}), "escalate if
 * not done by T" ({@link #escalate}), and {@link #done} when R needs nothing more. Only rows of
 * {@code platform_reminder} are written — never a Quartz job — so every call is safe inside the
 * caller's transaction and undone with it; the recurring timer {@code platform.reminders} raises
 * those due, once, on one node, and a reminder done before it is due is simply never raised.
 */
public interface Reminders {

	/** From {@code reminder.at()} on, a to-do of its recipient; again for the same topic, record and recipient: moved. */
	void remind(Reminder reminder);

	/** As {@link #remind}, overdue: raised at {@code reminder.at()} unless the record was done by then. */
	void escalate(Reminder reminder);

	/** The record needs nothing more: every reminder of the topic for it is done, raised or not. */
	void done(String topic, String record);
}

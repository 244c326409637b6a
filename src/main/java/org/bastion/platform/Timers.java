package org.bastion.platform;

import java.time.Instant;
import java.util.Optional;

/**
 * Timers (定时任务) on Quartz's clustered JDBC job store: each fires on exactly one node however
 * many run, and survives restarts. "Remind X at T" and "escalate if not done by T" are
 * {@link #once}: the task checks at T whether there is still something to do.
 */
public interface Timers {

	/**
	 * Runs {@code task} for {@code subject} once at {@code when} (at once when it is past). Scheduling
	 * the same task and subject again moves the timer instead of adding a second one.
	 */
	void once(String task, String subject, Instant when);

	/** Cancels the timer of {@code task} for {@code subject}; false when there was none. */
	boolean cancel(String task, String subject);

	/** When the timer of {@code task} for {@code subject} fires next, if one is set. */
	Optional<Instant> next(String task, String subject);
}

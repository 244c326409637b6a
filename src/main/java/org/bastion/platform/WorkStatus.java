package org.bastion.platform;

import java.time.Duration;
import java.time.Instant;

/**
 * A long work as it stands now, read from the database.
 *
 * @param total null while the work does not know how much there is
 * @param failure why it failed (FAILED only), in Chinese
 */
public record WorkStatus(long id, String kind, String key, String title, String owner, State state, String phase,
		long done, Long total, long errors, Instant startedAt, Instant endedAt, String resultLink, String summary,
		String failure, String data) {

	public enum State {
		RUNNING, DONE, FAILED
	}

	public boolean running() {
		return state == State.RUNNING;
	}

	/** Percent done, or null when the total is not known. */
	public Integer percent() {
		if (total == null || total <= 0) {
			return null;
		}
		return (int) Math.min(100, done * 100 / total);
	}

	/** How long it ran, or has been running until {@code now}. */
	public Duration elapsed(Instant now) {
		return Duration.between(startedAt, endedAt == null ? now : endedAt);
	}
}

package org.bastion.platform.internal;

import java.time.Clock;
import java.util.concurrent.TimeUnit;

import org.bastion.platform.Progress;

/**
 * The progress of one running work, kept in memory for every call and written to its row at most
 * every {@link #EVERY_NANOS} (and at once on a new phase), so that a work may report every row.
 * Only the work's own thread calls it.
 */
class ThrottledProgress implements Progress {

	static final long EVERY_NANOS = TimeUnit.MILLISECONDS.toNanos(500);

	private final long workId;
	private final WorkStore store;
	private final Clock clock;
	private String phase;
	private long done;
	private Long total;
	private long errors;
	private long writtenAt = System.nanoTime();

	ThrottledProgress(long workId, WorkStore store, Clock clock) {
		this.workId = workId;
		this.store = store;
		this.clock = clock;
	}

	@Override
	public long workId() {
		return workId;
	}

	@Override
	public void phase(String phase) {
		this.phase = phase;
		write();
	}

	@Override
	public void total(long total) {
		this.total = total;
		maybeWrite();
	}

	@Override
	public void done(long done) {
		this.done = done;
		maybeWrite();
	}

	@Override
	public void step() {
		done++;
		maybeWrite();
	}

	@Override
	public void errors(long errors) {
		this.errors = errors;
		maybeWrite();
	}

	/** Writes what is not yet written: before the work's end is recorded. */
	void flush() {
		write();
	}

	private void maybeWrite() {
		if (System.nanoTime() - writtenAt >= EVERY_NANOS) {
			write();
		}
	}

	private void write() {
		store.progress(workId, phase, done, total, errors, clock.instant());
		writtenAt = System.nanoTime();
	}
}

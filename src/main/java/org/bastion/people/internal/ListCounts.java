package org.bastion.people.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The totals of the people and household lists («共 4,614 条»), kept for a few seconds: counting a county's
 * scope means testing every row against the scope (its organizations and divisions), which costs far more
 * than the page itself, and a clerk paging through a list asks the same count again and again. A change of
 * persons or households on this node drops every total at once (and again when its transaction commits);
 * another node's change shows within {@link #TTL_NANOS}. Totals only: the rows of a page are always read.
 */
@Component
class ListCounts {

	static final long TTL_NANOS = 30_000_000_000L;
	private static final int MAX_ENTRIES = 2_000;

	private record Entry(long generation, long count, long at, AtomicBoolean recounting) {

		Entry(long generation, long count) {
			this(generation, count, System.nanoTime(), new AtomicBoolean());
		}
	}

	private final Map<String, Entry> entries = new ConcurrentHashMap<>();
	private final AtomicLong generation = new AtomicLong();

	/**
	 * The count of {@code key} (the statement and its parameters), from the last few seconds or counted now.
	 * Requests asking a count nobody has at once wait for one counting; once it is older than {@link #TTL_NANOS}
	 * one request counts again while the others are answered with the last count.
	 */
	long count(String key, LongSupplier counter) {
		long current = generation.get();
		Entry e = entries.get(key);
		if (e != null && e.generation() == current) {
			if (System.nanoTime() - e.at() < TTL_NANOS || !e.recounting().compareAndSet(false, true)) {
				return e.count();
			}
			try {
				Entry again = new Entry(current, counter.getAsLong());
				entries.put(key, again);
				return again.count();
			}
			finally {
				e.recounting().set(false);
			}
		}
		if (e != null) {
			entries.remove(key, e);
		}
		if (entries.size() >= MAX_ENTRIES) {
			entries.clear();
		}
		return entries.computeIfAbsent(key, k -> new Entry(current, counter.getAsLong())).count();
	}

	/** Persons or households changed: every total is counted again, now and after the transaction commits. */
	void changed() {
		generation.incrementAndGet();
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					generation.incrementAndGet();
				}
			});
		}
	}
}

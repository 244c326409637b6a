package org.bastion.access.internal;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Failures per key within a sliding window, in this node's memory (decision 0011): what the address
 * throttle counts per name and address and what a known device counts per cookie. Keys whose
 * failures have all aged out are dropped once there are {@code maxKeys}, so a scan cannot grow it.
 */
final class RecentFailures {

	private final Map<String, Deque<LocalDateTime>> failures = new ConcurrentHashMap<>();
	private final Duration window;
	private final int maxKeys;

	RecentFailures(Duration window, int maxKeys) {
		this.window = window;
		this.maxKeys = maxKeys;
	}

	void add(String key, LocalDateTime now) {
		if (failures.size() >= maxKeys) {
			failures.values().removeIf(times -> {
				synchronized (times) {
					prune(times, now);
					return times.isEmpty();
				}
			});
		}
		Deque<LocalDateTime> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
		synchronized (times) {
			times.addLast(now);
		}
	}

	/** The earliest failure still in the window, when {@code key} failed {@code limit} times or more within it. */
	Optional<LocalDateTime> oldestWhenAtLeast(String key, int limit, LocalDateTime now) {
		Deque<LocalDateTime> times = failures.get(key);
		if (times == null) {
			return Optional.empty();
		}
		synchronized (times) {
			prune(times, now);
			return times.size() >= limit ? Optional.of(times.peekFirst()) : Optional.empty();
		}
	}

	private void prune(Deque<LocalDateTime> times, LocalDateTime now) {
		while (!times.isEmpty() && !times.peekFirst().plus(window).isAfter(now)) {
			times.removeFirst();
		}
	}
}

package org.bastion.access.internal;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Slows down a client address that fails to sign in many times, whichever names it tries: after
 * {@code bastion.access.address-max-failures} failures (default 20) within 15 minutes, the address
 * is refused until the oldest of them is 15 minutes old. Kept in memory, per application instance.
 */
@Component
class AddressThrottle {

	static final Duration WINDOW = Duration.ofMinutes(15);
	private static final int MAX_ADDRESSES = 100_000;

	private final Map<String, Deque<LocalDateTime>> failures = new ConcurrentHashMap<>();
	private final int maxFailures;
	private final AccessClock clock;

	AddressThrottle(@Value("${bastion.access.address-max-failures:20}") int maxFailures, AccessClock clock) {
		this.maxFailures = maxFailures;
		this.clock = clock;
	}

	/** Refuses an address that failed too often lately. */
	void check(String address) {
		if (address == null) {
			return;
		}
		Deque<LocalDateTime> times = failures.get(address);
		if (times == null) {
			return;
		}
		LocalDateTime now = clock.now();
		synchronized (times) {
			prune(times, now);
			if (times.size() >= maxFailures) {
				LocalDateTime opens = times.peekFirst().plus(WINDOW);
				throw new SignInRefused.AddressThrottled(minutesUntil(now, opens));
			}
		}
	}

	void failed(String address) {
		if (address == null) {
			return;
		}
		if (failures.size() >= MAX_ADDRESSES) {
			LocalDateTime now = clock.now();
			failures.values().removeIf(times -> {
				synchronized (times) {
					prune(times, now);
					return times.isEmpty();
				}
			});
		}
		Deque<LocalDateTime> times = failures.computeIfAbsent(address, a -> new ArrayDeque<>());
		synchronized (times) {
			times.addLast(clock.now());
		}
	}

	private static void prune(Deque<LocalDateTime> times, LocalDateTime now) {
		while (!times.isEmpty() && !times.peekFirst().plus(WINDOW).isAfter(now)) {
			times.removeFirst();
		}
	}

	static long minutesUntil(LocalDateTime now, LocalDateTime until) {
		long seconds = Duration.between(now, until).getSeconds();
		return Math.max(1, (seconds + 59) / 60);
	}
}

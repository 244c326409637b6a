package org.bastion.access.internal;

import java.time.Duration;
import java.time.LocalDateTime;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Slows down guessing one account's password from one client address: after
 * {@code bastion.access.address-max-failures} failures (default 20) for the same name from the same
 * address within 15 minutes, that name is refused from that address until the oldest of them is 15
 * minutes old. Counted per name and address, not per address, so that one guesser behind a township
 * office's NAT does not block everyone else there; a known device passes it. Kept in memory, per
 * application instance.
 */
@Component
class AddressThrottle {

	static final Duration WINDOW = Duration.ofMinutes(15);
	private static final int MAX_KEYS = 100_000;

	private final RecentFailures failures = new RecentFailures(WINDOW, MAX_KEYS);
	private final int maxFailures;
	private final AccessClock clock;

	AddressThrottle(@Value("${bastion.access.address-max-failures:20}") int maxFailures, AccessClock clock) {
		this.maxFailures = maxFailures;
		this.clock = clock;
	}

	/** Refuses a name from an address where it failed too often lately. */
	void check(String username, String address) {
		if (address == null) {
			return;
		}
		LocalDateTime now = clock.now();
		failures.oldestWhenAtLeast(key(username, address), maxFailures, now).ifPresent(oldest -> {
			throw new SignInRefused.AddressThrottled(minutesUntil(now, oldest.plus(WINDOW)));
		});
	}

	void failed(String username, String address) {
		if (address != null) {
			failures.add(key(username, address), clock.now());
		}
	}

	private static String key(String username, String address) {
		return (username == null ? "" : username.toLowerCase(java.util.Locale.ROOT)) + "\n" + address;
	}

	static long minutesUntil(LocalDateTime now, LocalDateTime until) {
		long seconds = Duration.between(now, until).getSeconds();
		return Math.max(1, (seconds + 59) / 60);
	}
}

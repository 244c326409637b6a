package org.bastion.access.internal;

import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * Failed sign-ins under names that are no account, counted like an account's, so that an unknown
 * name is locked after the same five failures and answered exactly like a known one: the "locked"
 * answer tells nothing about which names exist. Kept in memory per node (decision 0011); at most
 * 100,000 names, forgetting those not locked when full.
 */
@Component
class UnknownNames {

	private static final int MAX_NAMES = 100_000;

	private final Map<String, Entry> failures = new ConcurrentHashMap<>();

	private record Entry(int failures, LocalDateTime lockedUntil) {
	}

	/** Until when the name is locked, or null. */
	LocalDateTime lockedUntil(String username, LocalDateTime now) {
		Entry entry = failures.get(key(username));
		return entry == null || entry.lockedUntil() == null || !entry.lockedUntil().isAfter(now) ? null : entry.lockedUntil();
	}

	/** Counts a failure; true when it locks the name. */
	boolean failed(String username, LocalDateTime now) {
		if (failures.size() >= MAX_NAMES) {
			failures.values().removeIf(e -> e.lockedUntil() == null || !e.lockedUntil().isAfter(now));
		}
		Entry entry = failures.compute(key(username), (k, e) -> {
			int count = (e == null || e.lockedUntil() != null ? 0 : e.failures()) + 1;
			return count >= SignIn.MAX_FAILURES ? new Entry(0, now.plus(SignIn.LOCK)) : new Entry(count, null);
		});
		return entry.lockedUntil() != null;
	}

	private static String key(String username) {
		return username == null ? "" : username.toLowerCase(Locale.ROOT);
	}
}

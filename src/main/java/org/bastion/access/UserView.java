package org.bastion.access;

import java.time.LocalDateTime;
import java.util.Set;

/** A user as pages and other modules see it; never the password hash. */
public record UserView(long id, String username, String displayName, Long personId, Long organizationId, Set<Role> roles,
		Set<Long> extraSubtrees, boolean enabled, boolean mustChangePassword, int failedAttempts, LocalDateTime lockedUntil,
		LocalDateTime createdAt, LocalDateTime updatedAt) {

	public boolean lockedAt(LocalDateTime now) {
		return lockedUntil != null && lockedUntil.isAfter(now);
	}
}

package org.bastion.access;

import java.util.Set;

/**
 * A user to create.
 *
 * @param personId the person the account belongs to; null for the three separated administrators
 * @param organizationId the organization whose subtree is the user's data scope; null only for the
 * three separated administrators
 * @param mustChangePassword whether the first sign-in asks for a new password (an initial password
 * handed over by an administrator)
 */
public record NewUser(String username, String displayName, Long personId, Long organizationId, String password,
		Set<Role> roles, Set<Long> extraSubtrees, boolean mustChangePassword) {

	public NewUser {
		roles = roles == null ? Set.of() : Set.copyOf(roles);
		extraSubtrees = extraSubtrees == null ? Set.of() : Set.copyOf(extraSubtrees);
	}
}

package org.bastion.access;

import java.util.Optional;

/**
 * What other modules (the demo) and commands may ask of the users. Creating needs
 * {@code user:manage} when a user acts; start-up and commands act as the system.
 */
public interface UserAccounts {

	Optional<UserView> find(String username);

	/** Creates a user; refused when the name is taken, the password breaks the policy or a business role lacks an organization. */
	UserView create(NewUser user);
}

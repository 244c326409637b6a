package org.bastion.platform;

import java.util.Optional;

/**
 * The one answer to "who is acting" (provided by the access module, which knows the accounts): the
 * layout's header, the signer of a step and any record that names its author ask here.
 */
public interface ActingUsers {

	/** The signed-in user; empty for the public and for work nobody signed in started. */
	Optional<ActingUser> current();
}

package org.bastion.platform;

import java.util.Optional;

/**
 * The one answer to "who is acting" (provided by the access module, which knows the accounts): the
 * layout's header, the signer of a step and any record that names its author ask here.
 */
public interface ActingUsers {

	/** How records name the actor of what nobody signed in did: start-up, timers, the demo runner. */
	String SYSTEM = "system";

	/** The signed-in user; empty for the public and for work nobody signed in started. */
	Optional<ActingUser> current();

	/**
	 * The signed-in user's account (the submitter's in long work), as records such as audit entries
	 * name who acted; empty for the public and for work nobody signed in started. Cheap: no account is
	 * looked up, so a recorder may ask for every entry (and reading the account may itself be audited).
	 */
	Optional<String> account();

	/** The account as a record names who acted: the signed-in user's, else {@value #SYSTEM}. */
	default String accountOrSystem() {
		return account().orElse(SYSTEM);
	}
}

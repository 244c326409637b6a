package org.bastion.platform;

import java.util.Optional;

/**
 * Whom to sign in as on a fresh start, for the one line that says the application is ready: a bean of
 * the module that makes such an account (the demo users, the bootstrap administrator).
 */
public interface SignInHint {

	/** E.g. "county-admin (demo county administrator) with the password BASTION_DEMO_PASSWORD"; empty when none. */
	Optional<String> signInHint();
}

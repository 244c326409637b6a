package org.bastion.access.internal;

import java.util.Optional;

import org.bastion.platform.SignInHint;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The configured administrator {@code admin}: it exists only while {@code bastion.admin-password}
 * ({@code BASTION_ADMIN_PASSWORD}) is set, has every authority and an unrestricted scope, and is
 * meant for setting up an installation (creating its users) — then the variable is removed. It is
 * not stored in the database and holds no API tokens.
 */
@Component
class BootstrapAdmin implements SignInHint {

	static final String USERNAME = "admin";

	private final String hash;
	private final PasswordEncoder encoder;

	BootstrapAdmin(@Value("${bastion.admin-password:}") String password, PasswordEncoder encoder) {
		this.encoder = encoder;
		this.hash = password == null || password.isBlank() ? null : encoder.encode(password);
	}

	boolean enabled() {
		return hash != null;
	}

	@Override
	public Optional<String> signInHint() {
		return enabled() ? Optional.of(USERNAME + " with the password BASTION_ADMIN_PASSWORD") : Optional.empty();
	}

	boolean is(String username) {
		return hash != null && USERNAME.equals(username);
	}

	boolean matches(String password) {
		return hash != null && password != null && encoder.matches(password, hash);
	}
}

package org.bastion.access.internal;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;

/** Why a sign-in was refused, with the message key the login form and the API show. */
final class SignInRefused {

	private SignInRefused() {
	}

	/** The account is locked after too many failures; {@code minutes} until it opens again. */
	static final class AccountLocked extends LockedException {
		final long minutes;

		AccountLocked(long minutes) {
			super("account locked for " + minutes + " more minutes");
			this.minutes = minutes;
		}
	}

	/** Too many failures from the client's address; {@code minutes} until it may try again. */
	static final class AddressThrottled extends LockedException {
		final long minutes;

		AddressThrottled(long minutes) {
			super("address throttled for " + minutes + " more minutes");
			this.minutes = minutes;
		}
	}

	/** The message key and argument for a refusal. */
	record Message(String key, long minutes) {
	}

	static Message message(AuthenticationException e) {
		if (e instanceof AccountLocked locked) {
			return new Message("access.signIn.locked", locked.minutes);
		}
		if (e instanceof AddressThrottled throttled) {
			return new Message("access.signIn.throttled", throttled.minutes);
		}
		if (e instanceof DisabledException) {
			return new Message("access.signIn.disabled", 0);
		}
		if (e instanceof BadCredentialsException) {
			return new Message("login.failed", 0);
		}
		return new Message("login.failed", 0);
	}
}

package org.bastion.access.internal;

import org.bastion.common.DomainException;

/**
 * Passwords of at least 8 characters from at least three of four classes: lower-case letters,
 * upper-case letters, digits, other characters. The refusal names the rule in Chinese or English.
 */
final class PasswordPolicy {

	static final int MIN_LENGTH = 8;

	private PasswordPolicy() {
	}

	static boolean acceptable(String password) {
		if (password == null || password.length() < MIN_LENGTH) {
			return false;
		}
		boolean lower = false, upper = false, digit = false, other = false;
		for (int i = 0; i < password.length(); i++) {
			char c = password.charAt(i);
			if (c >= 'a' && c <= 'z') {
				lower = true;
			}
			else if (c >= 'A' && c <= 'Z') {
				upper = true;
			}
			else if (c >= '0' && c <= '9') {
				digit = true;
			}
			else {
				other = true;
			}
		}
		int classes = (lower ? 1 : 0) + (upper ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0);
		return classes >= 3;
	}

	/** Refuses a password that breaks the policy, as a fault of the field {@code field}. */
	static void check(String field, String password) {
		if (!acceptable(password)) {
			throw DomainException.invalidField(field, "access.password.policy", MIN_LENGTH);
		}
	}
}

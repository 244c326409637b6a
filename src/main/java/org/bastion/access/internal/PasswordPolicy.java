package org.bastion.access.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.bastion.common.DomainException;

/**
 * Passwords (等保 2.0 身份鉴别, NIST SP 800-63B 5.1.1.2): at least 8 characters from at least three
 * of four classes (lower-case, upper-case, digits, other), at most 72 bytes in UTF-8 (what bcrypt
 * reads), not one of the bundled common passwords ({@code access/common-passwords.txt}, also with
 * digits or symbols around it or letters written as digits), and not containing the user name. Each
 * refusal names its rule in Chinese or English.
 */
final class PasswordPolicy {

	static final int MIN_LENGTH = 8;
	static final int MAX_BYTES = 72;

	private PasswordPolicy() {
	}

	static boolean acceptable(String password) {
		return fault("password", password, null).isEmpty();
	}

	/** Why the password is refused for the user {@code username}, as a fault of the field {@code field}. */
	static Optional<DomainException.FieldFault> fault(String field, String password, String username) {
		if (password == null || password.length() < MIN_LENGTH || classes(password) < 3) {
			return Optional.of(new DomainException.FieldFault(field, "access.password.policy", MIN_LENGTH));
		}
		if (tooLong(password)) {
			return Optional.of(new DomainException.FieldFault(field, "access.password.tooLong", MAX_BYTES));
		}
		String lower = password.toLowerCase(Locale.ROOT);
		String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
		if (name.length() >= 3 && lower.contains(name)) {
			return Optional.of(new DomainException.FieldFault(field, "access.password.personal"));
		}
		if (common(lower)) {
			return Optional.of(new DomainException.FieldFault(field, "access.password.common"));
		}
		return Optional.empty();
	}

	/** Refuses a password that breaks the policy, as a fault of the field {@code field}. */
	static void check(String field, String password, String username) {
		Optional<DomainException.FieldFault> fault = fault(field, password, username);
		if (fault.isPresent()) {
			throw DomainException.invalid(java.util.List.of(fault.get()));
		}
	}

	/** Longer than bcrypt reads: such a password cannot be checked, so it is refused (and never matches at sign-in). */
	static boolean tooLong(String password) {
		return password != null && password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES;
	}

	private static int classes(String password) {
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
		return (lower ? 1 : 0) + (upper ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0);
	}

	/** {@code Password1}, {@code !Qwerty123}, {@code P@ssw0rd}, {@code Ninghua2026}: a listed word with decoration. */
	private static boolean common(String lower) {
		Set<String> list = Common.PASSWORDS;
		String trimmed = lower.replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", "");
		String core = lower.replaceAll("^[^\\p{L}]+|[^\\p{L}]+$", "");
		String plain = core.replace('@', 'a').replace('0', 'o').replace('1', 'i').replace('3', 'e').replace('$', 's')
			.replace('5', 's').replace('!', 'i');
		return list.contains(lower) || list.contains(trimmed) || list.contains(core) || list.contains(plain);
	}

	/** The bundled list, read once. */
	private static final class Common {
		static final Set<String> PASSWORDS = read();

		private static Set<String> read() {
			Set<String> words = new HashSet<>();
			try (InputStream in = PasswordPolicy.class.getResourceAsStream("/access/common-passwords.txt")) {
				if (in == null) {
					throw new IllegalStateException("access/common-passwords.txt is missing");
				}
				BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
				for (String line = reader.readLine(); line != null; line = reader.readLine()) {
					if (!line.isBlank() && !line.startsWith("#")) {
						words.add(line.strip());
					}
				}
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
			return Set.copyOf(words);
		}
	}
}

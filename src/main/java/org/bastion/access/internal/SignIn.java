package org.bastion.access.internal;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

import org.bastion.access.Role;
import org.bastion.access.UserView;
import org.bastion.common.audit.AuditAction;
import org.bastion.common.audit.AuditEvent;
import org.bastion.common.security.Authorities;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Checks a name and password, for the login form and for issuing API tokens alike: the throttle of
 * the name from the address first, then the lock, then the password; five failures in a row lock
 * the account for 15 minutes, except for the right password on a known device ({@link KnownDevices}).
 * An unknown name is answered exactly like a known one, locks included ({@link UnknownNames}), after
 * the same hashing work. A failure is counted in its own transaction, so it counts though the
 * sign-in is refused.
 */
@Service
class SignIn {

	static final int MAX_FAILURES = 5;
	static final Duration LOCK = Duration.ofMinutes(15);

	private final UserRepository users;
	private final PasswordEncoder encoder;
	private final BootstrapAdmin bootstrap;
	private final AddressThrottle throttle;
	private final AccessClock clock;
	private final ApplicationEventPublisher events;
	private final TransactionTemplate transaction;
	private final KnownDevices devices;
	private final UnknownNames unknownNames;
	/** Compared against when the name is unknown, so that the answer takes as long either way. */
	private final String decoy;

	SignIn(UserRepository users, PasswordEncoder encoder, BootstrapAdmin bootstrap, AddressThrottle throttle, AccessClock clock,
			ApplicationEventPublisher events, PlatformTransactionManager transactions, KnownDevices devices, UnknownNames unknownNames) {
		this.devices = devices;
		this.unknownNames = unknownNames;
		this.users = users;
		this.encoder = encoder;
		this.bootstrap = bootstrap;
		this.throttle = throttle;
		this.clock = clock;
		this.events = events;
		this.transaction = new TransactionTemplate(transactions);
		this.decoy = encoder.encode("decoy-Password-1");
	}

	/**
	 * The signed-in user's name and authorities, or a refusal ({@link SignInRefused},
	 * {@link BadCredentialsException}, {@link DisabledException}). {@code device} is the browser's
	 * known-device cookie, if any: with it the right password passes the lock and the throttle.
	 */
	SignedIn check(String username, String password, String address, String device) {
		String name = username == null ? "" : username;
		LocalDateTime now = clock.now();
		if (bootstrap.is(name)) {
			throttle.check(name, address);
			if (!PasswordPolicy.tooLong(password) && bootstrap.matches(password)) {
				return new SignedIn(name, authorities(Authorities.ALL), false, 0);
			}
			throttle.failed(name, address);
			throw new BadCredentialsException("bad credentials");
		}
		Optional<UserView> found = name.isEmpty() ? Optional.empty() : users.find(name);
		int version = found.map(u -> users.securityVersion(u.id())).orElse(0);
		boolean known = found.isPresent() && devices.recognizes(device, name, version, now);
		if (!known) {
			throttle.check(name, address);
		}
		LocalDateTime lockedUntil = found.isPresent() ? found.get().lockedUntil() : unknownNames.lockedUntil(name, now);
		boolean locked = lockedUntil != null && lockedUntil.isAfter(now);
		if (locked && !known) {
			throttle.failed(name, address);
			throw new SignInRefused.AccountLocked(AddressThrottle.minutesUntil(now, lockedUntil));
		}
		if (found.isEmpty()) {
			encoder.matches(password == null ? "" : password, decoy);
			throttle.failed(name, address);
			if (unknownNames.failed(name, now)) {
				throw new SignInRefused.AccountLocked(LOCK.toMinutes());
			}
			throw new BadCredentialsException("bad credentials");
		}
		UserView user = found.get();
		String hash = users.passwordHash(user.id()).orElseThrow();
		if (password == null || PasswordPolicy.tooLong(password) || !encoder.matches(password, hash)) {
			throttle.failed(name, address);
			if (known) {
				devices.failed(device, now);
			}
			if (locked) {
				throw new SignInRefused.AccountLocked(AddressThrottle.minutesUntil(now, lockedUntil));
			}
			if (countFailure(user, address, now)) {
				throw new SignInRefused.AccountLocked(LOCK.toMinutes());
			}
			throw new BadCredentialsException("bad credentials");
		}
		if (!user.enabled()) {
			throw new DisabledException("disabled");
		}
		if (user.failedAttempts() > 0 || user.lockedUntil() != null) {
			transaction.executeWithoutResult(status -> users.clearFailures(user.id()));
		}
		return new SignedIn(name, authoritiesOf(user), user.mustChangePassword(), version);
	}

	/** Counts a failed password of a known account in its own transaction; true when it locks the account. */
	private boolean countFailure(UserView user, String address, LocalDateTime now) {
		return transaction.execute(status -> {
			int failures = users.countFailure(user.id());
			if (failures >= MAX_FAILURES) {
				users.lock(user.id(), now.plus(LOCK));
				events.publishEvent(new AuditEvent(AuditAction.LOCKOUT, AccountService.ENTITY, Long.toString(user.id()), null, null,
						MAX_FAILURES + " failed sign-ins; locked for " + LOCK.toMinutes() + " minutes except on known devices",
						user.username(), address));
				return true;
			}
			return false;
		});
	}

	static List<GrantedAuthority> authoritiesOf(UserView user) {
		return authoritiesOf(user.roles());
	}

	static List<GrantedAuthority> authoritiesOf(Collection<Role> roles) {
		TreeSet<String> names = new TreeSet<>();
		for (Role role : roles) {
			names.addAll(role.authorities());
		}
		return authorities(names);
	}

	private static List<GrantedAuthority> authorities(Collection<String> names) {
		return names.stream().<GrantedAuthority>map(SimpleGrantedAuthority::new).toList();
	}

	/** @param securityVersion the user's security version at sign-in, which their session must keep */
	record SignedIn(String username, List<GrantedAuthority> authorities, boolean mustChangePassword, int securityVersion) {
	}
}

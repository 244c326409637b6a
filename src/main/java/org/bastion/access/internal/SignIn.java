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
 * Checks a name and password, for the login form and for issuing API tokens alike: the address
 * throttle first, then the lock, then the password; five failures in a row lock the account for 15
 * minutes. Each check runs in its own transaction, so a failure is counted even though the sign-in
 * is refused.
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
	/** Compared against when the name is unknown, so that the answer takes as long either way. */
	private final String decoy;

	SignIn(UserRepository users, PasswordEncoder encoder, BootstrapAdmin bootstrap, AddressThrottle throttle, AccessClock clock,
			ApplicationEventPublisher events, PlatformTransactionManager transactions) {
		this.users = users;
		this.encoder = encoder;
		this.bootstrap = bootstrap;
		this.throttle = throttle;
		this.clock = clock;
		this.events = events;
		this.transaction = new TransactionTemplate(transactions);
		this.decoy = encoder.encode("decoy-Password-1");
	}

	/** The signed-in user's name and authorities, or a refusal ({@link SignInRefused}, {@link BadCredentialsException}, {@link DisabledException}). */
	SignedIn check(String username, String password, String address) {
		throttle.check(address);
		if (bootstrap.is(username)) {
			if (bootstrap.matches(password)) {
				return new SignedIn(username, authorities(Authorities.ALL), false);
			}
			throttle.failed(address);
			throw new BadCredentialsException("bad credentials");
		}
		Optional<UserView> found = username == null ? Optional.empty() : users.find(username);
		if (found.isEmpty()) {
			encoder.matches(password == null ? "" : password, decoy);
			throttle.failed(address);
			throw new BadCredentialsException("bad credentials");
		}
		UserView user = found.get();
		LocalDateTime now = clock.now();
		if (user.lockedAt(now)) {
			throttle.failed(address);
			throw new SignInRefused.AccountLocked(AddressThrottle.minutesUntil(now, user.lockedUntil()));
		}
		String hash = users.passwordHash(user.id()).orElseThrow();
		if (password == null || !encoder.matches(password, hash)) {
			throttle.failed(address);
			boolean locked = transaction.execute(status -> {
				int failures = users.countFailure(user.id());
				if (failures >= MAX_FAILURES) {
					users.lock(user.id(), now.plus(LOCK));
					events.publishEvent(new AuditEvent(AuditAction.LOCKOUT, AccountService.ENTITY, Long.toString(user.id()), null,
							null, MAX_FAILURES + " failed sign-ins; locked for " + LOCK.toMinutes() + " minutes", username, address));
					return true;
				}
				return false;
			});
			if (locked) {
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
		return new SignedIn(username, authoritiesOf(user), user.mustChangePassword());
	}

	static List<GrantedAuthority> authoritiesOf(UserView user) {
		TreeSet<String> names = new TreeSet<>();
		for (Role role : user.roles()) {
			names.addAll(role.authorities());
		}
		return authorities(names);
	}

	private static List<GrantedAuthority> authorities(Collection<String> names) {
		return names.stream().<GrantedAuthority>map(SimpleGrantedAuthority::new).toList();
	}

	record SignedIn(String username, List<GrantedAuthority> authorities, boolean mustChangePassword) {
	}
}

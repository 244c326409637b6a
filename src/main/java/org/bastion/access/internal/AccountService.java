package org.bastion.access.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.bastion.access.NewUser;
import org.bastion.access.Role;
import org.bastion.access.UserAccounts;
import org.bastion.access.UserView;
import org.bastion.common.DomainException;
import org.bastion.common.audit.AuditAction;
import org.bastion.common.audit.AuditEvent;
import org.bastion.common.security.Authorities;
import org.bastion.organization.Organizations;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creating and changing users; every change is audited. Authorities are checked by the pages that
 * call it ({@code user:manage} for accounts, {@code role:manage} for roles and scopes), and here
 * where the target decides (a separated administrator's password, one's own roles); the demo and
 * {@code create-admin} act as the system.
 */
@Service
class AccountService implements UserAccounts {

	static final String ENTITY = "user";
	private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{1,59}");

	private final UserRepository users;
	private final PasswordEncoder encoder;
	private final Organizations organizations;
	private final ApplicationEventPublisher events;
	private final AccessClock clock;
	private final BootstrapAdmin bootstrap;
	private final ApiTokens tokens;

	AccountService(UserRepository users, PasswordEncoder encoder, Organizations organizations, ApplicationEventPublisher events,
			AccessClock clock, BootstrapAdmin bootstrap, ApiTokens tokens) {
		this.tokens = tokens;
		this.users = users;
		this.encoder = encoder;
		this.organizations = organizations;
		this.events = events;
		this.clock = clock;
		this.bootstrap = bootstrap;
	}

	@Override
	public Optional<UserView> find(String username) {
		return users.find(username);
	}

	UserView get(long id) {
		return users.find(id).orElseThrow(() -> DomainException.notFound("user", id));
	}

	List<UserView> findAll() {
		return users.findAll();
	}

	@Override
	@Transactional
	public UserView create(NewUser user) {
		List<DomainException.FieldFault> faults = new ArrayList<>();
		String username = user.username() == null ? "" : user.username().strip();
		if (!USERNAME.matcher(username).matches()) {
			faults.add(new DomainException.FieldFault("username", "access.username.invalid"));
		}
		else if (users.find(username).isPresent() || username.equals(BootstrapAdmin.USERNAME)) {
			faults.add(new DomainException.FieldFault("username", "access.username.taken", username));
		}
		String displayName = user.displayName() == null ? "" : user.displayName().strip();
		if (displayName.isEmpty()) {
			faults.add(new DomainException.FieldFault("displayName", "error.notBlank"));
		}
		PasswordPolicy.fault("password", user.password(), username).ifPresent(faults::add);
		checkSeparation(user.roles(), faults);
		checkOrganization(user.organizationId(), user.roles(), faults);
		checkSubtrees(user.extraSubtrees(), faults);
		if (!faults.isEmpty()) {
			throw DomainException.invalid(faults);
		}
		long id = users.insert(username, displayName, user.personId(), user.organizationId(), encoder.encode(user.password()),
				user.mustChangePassword(), clock.now());
		users.replaceRoles(id, user.roles());
		users.replaceSubtrees(id, user.extraSubtrees());
		UserView created = get(id);
		events.publishEvent(AuditEvent.created(ENTITY, id, fields(created)));
		return created;
	}

	/** 安全管理员: a user's roles, organization and extra subtrees; never their own. */
	@Transactional
	UserView assignRolesAndScope(long id, Set<Role> roles, Long organizationId, Set<Long> extraSubtrees) {
		UserView before = get(id);
		if (before.username().equals(Caller.name())) {
			throw DomainException.conflict("access.roles.own");
		}
		// the security administrator may reset a separated administrator's password; turning that
		// account into another role would let them hold it themselves
		if (Role.separated(before.roles()) && !roles.equals(before.roles())) {
			throw DomainException.conflict("access.roles.separatedFixed");
		}
		List<DomainException.FieldFault> faults = new ArrayList<>();
		checkSeparation(roles, faults);
		checkOrganization(organizationId, roles, faults);
		checkSubtrees(extraSubtrees, faults);
		if (!faults.isEmpty()) {
			throw DomainException.invalid(faults);
		}
		users.replaceRoles(id, roles);
		users.replaceSubtrees(id, extraSubtrees);
		users.updateOrganization(id, organizationId, clock.now());
		users.bumpSecurityVersion(id);
		UserView after = get(id);
		events.publishEvent(new AuditEvent(AuditAction.PERMISSION_CHANGE, ENTITY, Long.toString(id), fields(before), fields(after),
				"roles and data scope", null, null));
		return after;
	}

	/**
	 * A new initial password, to be changed at the next sign-in; unlocks, revokes the user's API tokens
	 * and ends their sessions. A business user's is reset by the system administrator
	 * ({@code user:manage}); a separated administrator's only by the security administrator
	 * ({@code role:manage}), so that the system administrator cannot take over the auditor's account;
	 * nobody resets their own.
	 */
	@Transactional
	UserView resetPassword(long id, String password) {
		UserView before = get(id);
		boolean separated = Role.separated(before.roles());
		String needed = separated ? Authorities.ROLE_MANAGE : Authorities.USER_MANAGE;
		if (!Caller.has(needed) || before.username().equals(Caller.name())) {
			throw new AccessDeniedException("a password reset of " + before.username() + " needs " + needed);
		}
		PasswordPolicy.check("password", password, before.username());
		users.updatePassword(id, encoder.encode(password), true, clock.now());
		users.clearFailures(id);
		users.bumpSecurityVersion(id);
		int revoked = tokens.revokeAll(id);
		UserView after = get(id);
		String detail = (separated ? "password of the separated administrator " + String.join(",", roleNames(before))
				+ " reset by the security administrator" : "password reset")
				+ "; " + revoked + " API tokens revoked, sessions ended";
		events.publishEvent(AuditEvent.updated(ENTITY, id, fields(before), fields(after)).withDetail(detail));
		return after;
	}

	@Transactional
	UserView setEnabled(long id, boolean enabled) {
		UserView before = get(id);
		users.updateEnabled(id, enabled, clock.now());
		users.bumpSecurityVersion(id);
		UserView after = get(id);
		events.publishEvent(AuditEvent.updated(ENTITY, id, fields(before), fields(after)).withDetail(enabled ? "enabled" : "disabled"));
		return after;
	}

	@Transactional
	UserView unlock(long id) {
		UserView before = get(id);
		users.clearFailures(id);
		UserView after = get(id);
		events.publishEvent(AuditEvent.updated(ENTITY, id, fields(before), fields(after)).withDetail("unlocked"));
		return after;
	}

	/**
	 * The user changes their own password, giving the current one; the raised security version ends
	 * their other sessions and forgets their known devices (someone who suspects an intruder throws
	 * them out). Returns the new security version, to which the current session is re-issued.
	 */
	@Transactional
	int changeOwnPassword(String username, String current, String replacement) {
		UserView user = users.find(username).orElseThrow(() -> DomainException.notFound("user", username));
		String hash = users.passwordHash(user.id()).orElseThrow();
		if (current == null || !encoder.matches(current, hash)) {
			throw DomainException.invalidField("currentPassword", "access.password.currentWrong");
		}
		PasswordPolicy.check("newPassword", replacement, username);
		if (encoder.matches(replacement, hash)) {
			throw DomainException.invalidField("newPassword", "access.password.same");
		}
		users.updatePassword(user.id(), encoder.encode(replacement), false, clock.now());
		users.bumpSecurityVersion(user.id());
		events.publishEvent(AuditEvent.updated(ENTITY, user.id(), Map.of("mustChangePassword", user.mustChangePassword()),
				Map.of("mustChangePassword", false)).withDetail("password changed by the user"));
		return users.securityVersion(user.id());
	}

	/** 三员分立: a separated administrator's role stands alone. */
	private static void checkSeparation(Set<Role> roles, List<DomainException.FieldFault> faults) {
		if (!Role.compatible(roles)) {
			faults.add(new DomainException.FieldFault("role", "access.roles.separated"));
		}
	}

	private static List<String> roleNames(UserView user) {
		return new TreeSet<>(user.roles().stream().map(Role::name).toList()).stream().toList();
	}

	private void checkOrganization(Long organizationId, Set<Role> roles, List<DomainException.FieldFault> faults) {
		if (organizationId == null) {
			if (roles.stream().anyMatch(Role::business)) {
				faults.add(new DomainException.FieldFault("organizationId", "access.organization.required"));
			}
		}
		else if (!exists(organizationId)) {
			faults.add(new DomainException.FieldFault("organizationId", "access.organization.unknown", organizationId));
		}
	}

	private void checkSubtrees(Set<Long> subtrees, List<DomainException.FieldFault> faults) {
		for (Long id : subtrees) {
			if (!exists(id)) {
				faults.add(new DomainException.FieldFault("extraSubtrees", "access.organization.unknown", id));
			}
		}
	}

	private boolean exists(long organizationId) {
		// structural and unscoped: the separated administrators who assign organizations have no business scope
		return !organizations.coverage(List.of(organizationId)).organizationIds().isEmpty();
	}

	static Map<String, Object> fields(UserView u) {
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("username", u.username());
		fields.put("displayName", u.displayName());
		fields.put("personId", u.personId());
		fields.put("organizationId", u.organizationId());
		fields.put("roles", String.join(",", roleNames(u)));
		fields.put("extraSubtrees", new TreeSet<>(u.extraSubtrees()).toString());
		fields.put("enabled", u.enabled());
		fields.put("mustChangePassword", u.mustChangePassword());
		fields.put("lockedUntil", u.lockedUntil());
		return fields;
	}

	boolean isBootstrapAdmin(String username) {
		return bootstrap.is(username);
	}
}

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
import org.bastion.organization.Organizations;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creating and changing users; every change is audited. Authorities are checked by the pages that
 * call it ({@code user:manage} for accounts, {@code role:manage} for roles and scopes); the demo
 * and {@code create-admin} act as the system.
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

	AccountService(UserRepository users, PasswordEncoder encoder, Organizations organizations, ApplicationEventPublisher events,
			AccessClock clock, BootstrapAdmin bootstrap) {
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
		if (!PasswordPolicy.acceptable(user.password())) {
			faults.add(new DomainException.FieldFault("password", "access.password.policy", PasswordPolicy.MIN_LENGTH));
		}
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

	/** 安全管理员: a user's roles, organization and extra subtrees. */
	@Transactional
	UserView assignRolesAndScope(long id, Set<Role> roles, Long organizationId, Set<Long> extraSubtrees) {
		UserView before = get(id);
		List<DomainException.FieldFault> faults = new ArrayList<>();
		checkOrganization(organizationId, roles, faults);
		checkSubtrees(extraSubtrees, faults);
		if (!faults.isEmpty()) {
			throw DomainException.invalid(faults);
		}
		users.replaceRoles(id, roles);
		users.replaceSubtrees(id, extraSubtrees);
		users.updateOrganization(id, organizationId, clock.now());
		UserView after = get(id);
		events.publishEvent(new AuditEvent(AuditAction.PERMISSION_CHANGE, ENTITY, Long.toString(id), fields(before), fields(after),
				"roles and data scope", null, null));
		return after;
	}

	/** 系统管理员: a new initial password, to be changed at the next sign-in; also unlocks. */
	@Transactional
	UserView resetPassword(long id, String password) {
		UserView before = get(id);
		PasswordPolicy.check("password", password);
		users.updatePassword(id, encoder.encode(password), true, clock.now());
		users.clearFailures(id);
		UserView after = get(id);
		events.publishEvent(AuditEvent.updated(ENTITY, id, fields(before), fields(after)).withDetail("password reset"));
		return after;
	}

	@Transactional
	UserView setEnabled(long id, boolean enabled) {
		UserView before = get(id);
		users.updateEnabled(id, enabled, clock.now());
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

	/** The user changes their own password, giving the current one. */
	@Transactional
	void changeOwnPassword(String username, String current, String replacement) {
		UserView user = users.find(username).orElseThrow(() -> DomainException.notFound("user", username));
		String hash = users.passwordHash(user.id()).orElseThrow();
		if (current == null || !encoder.matches(current, hash)) {
			throw DomainException.invalidField("currentPassword", "access.password.currentWrong");
		}
		PasswordPolicy.check("newPassword", replacement);
		if (encoder.matches(replacement, hash)) {
			throw DomainException.invalidField("newPassword", "access.password.same");
		}
		users.updatePassword(user.id(), encoder.encode(replacement), false, clock.now());
		events.publishEvent(AuditEvent.updated(ENTITY, user.id(), Map.of("mustChangePassword", user.mustChangePassword()),
				Map.of("mustChangePassword", false)).withDetail("password changed by the user"));
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
		fields.put("roles", String.join(",", new TreeSet<>(u.roles().stream().map(Role::name).toList())));
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

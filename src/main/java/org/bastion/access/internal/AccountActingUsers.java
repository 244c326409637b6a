package org.bastion.access.internal;

import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

import org.bastion.access.Role;
import org.bastion.access.UserView;
import org.bastion.common.DomainException;
import org.bastion.common.security.SignedIn;
import org.bastion.common.web.PerRequest;
import org.bastion.organization.OrganizationView;
import org.bastion.organization.Organizations;
import org.bastion.organization.PositionView;
import org.bastion.platform.ActingUser;
import org.bastion.platform.ActingUsers;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * The acting user from their account, named {@code actingUsers} for the layout's header and kept for
 * the rest of a request. A principal without a stored account (the configured bootstrap administrator,
 * a test's mock user, the demo runner) is named by the principal, without a role, with the post
 * {@code access.actor.post.bootstrap} (系统管理员). The post is derived in Chinese, whatever the page's
 * language, because records keep it as it was at the time.
 */
@Component("actingUsers")
class AccountActingUsers implements ActingUsers {

	private static final Locale RECORD = Locale.SIMPLIFIED_CHINESE;
	private static final String CACHE = AccountActingUsers.class.getName() + ".user";

	private final UserRepository users;
	/** Lazily: the tree asks the access module for scopes. */
	private final ObjectProvider<Organizations> organizations;
	private final MessageSource messages;

	AccountActingUsers(UserRepository users, ObjectProvider<Organizations> organizations, MessageSource messages) {
		this.users = users;
		this.organizations = organizations;
		this.messages = messages;
	}

	@Override
	public Optional<ActingUser> current() {
		Optional<String> account = account();
		if (account.isEmpty()) {
			return Optional.empty();
		}
		String username = account.get();
		return Optional.of(PerRequest.cached(CACHE, username, () -> users.find(username).map(this::of)
			.orElseGet(() -> new ActingUser(username, username, null, message("access.actor.post.bootstrap")))));
	}

	@Override
	public Optional<String> account() {
		return SignedIn.authentication().map(Authentication::getName);
	}

	private ActingUser of(UserView user) {
		String name = user.displayName() == null || user.displayName().isBlank() ? user.username() : user.displayName().strip();
		Optional<Role> role = user.roles().stream().min(Comparator.comparing(Role::ordinal));
		return new ActingUser(user.username(), name, role.map(Role::messageKey).orElse(null),
				post(user, role.map(r -> message(r.messageKey())).orElse(null)));
	}

	private String post(UserView user, String role) {
		String fallback = role != null ? role : message("access.actor.post.bootstrap");
		if (user.organizationId() == null) {
			return fallback;
		}
		Optional<OrganizationView> organization = organizations.getObject().find(user.organizationId());
		if (organization.isEmpty()) {
			return fallback;
		}
		String orgName = organization.get().name();
		if (user.personId() != null) {
			Optional<PositionView> held = heldPosition(user.organizationId(), user.personId());
			if (held.isPresent()) {
				return orgName + " " + message("position.role." + held.get().role().name());
			}
		}
		return role == null ? orgName : orgName + " " + role;
	}

	private Optional<PositionView> heldPosition(long organizationId, long personId) {
		try {
			return organizations.getObject().positions(organizationId)
				.stream()
				.filter(p -> p.personId() == personId && p.held())
				.min(Comparator.comparing(PositionView::role));
		}
		catch (DomainException | AccessDeniedException ex) {
			return Optional.empty(); // the organization is outside the user's own scope: fall back to the role
		}
	}

	private String message(String key) {
		return messages.getMessage(key, null, RECORD);
	}
}

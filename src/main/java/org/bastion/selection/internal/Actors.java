package org.bastion.selection.internal;

import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

import org.bastion.access.Role;
import org.bastion.access.UserAccounts;
import org.bastion.access.UserView;
import org.bastion.common.DomainException;
import org.bastion.organization.OrganizationView;
import org.bastion.organization.Organizations;
import org.bastion.organization.PositionView;
import org.bastion.selection.internal.Reserve.Actor;
import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who does a step: always the signed-in user, never a name typed on a form or in a request. The
 * name is the user's display name; the post is derived — the post the user's person holds in the
 * user's organization (“中共宁化县安乐镇委员会 委员”), else the organization's name with the role's
 * name (“中共宁化县安乐镇委员会 乡镇管理员”), else the role's name. A principal without a stored user
 * (the configured bootstrap administrator, a test's mock user, the demo runner) is named by the
 * principal with the post {@code selection.actor.post.bootstrap} (系统管理员). The post is kept in
 * Chinese, as the record of the time, whatever the page's language.
 */
@Component
public class Actors {

	private static final Locale RECORD = Locale.SIMPLIFIED_CHINESE;

	private final UserAccounts users;
	private final Organizations organizations;
	private final MessageSource messages;

	Actors(UserAccounts users, Organizations organizations, MessageSource messages) {
		this.users = users;
		this.organizations = organizations;
		this.messages = messages;
	}

	/** The signed-in user as the actor of a step now. */
	public Actor current() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || authentication.getName() == null) {
			throw new org.springframework.security.access.AccessDeniedException("no signed-in user");
		}
		String username = authentication.getName();
		Optional<UserView> user = users.find(username);
		if (user.isEmpty()) {
			return new Actor(username, username, message("selection.actor.post.bootstrap"));
		}
		UserView u = user.get();
		String name = u.displayName() == null || u.displayName().isBlank() ? username : u.displayName().strip();
		return new Actor(username, name, post(u));
	}

	private String post(UserView user) {
		String role = user.roles()
			.stream()
			.sorted(Comparator.comparing(Role::ordinal))
			.map(r -> message(r.messageKey()))
			.findFirst()
			.orElse(null);
		if (user.organizationId() == null) {
			return role != null ? role : message("selection.actor.post.bootstrap");
		}
		Optional<OrganizationView> organization = organization(user.organizationId());
		if (organization.isEmpty()) {
			return role != null ? role : message("selection.actor.post.bootstrap");
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

	private Optional<OrganizationView> organization(long id) {
		return organizations.find(id);
	}

	private Optional<PositionView> heldPosition(long organizationId, long personId) {
		try {
			return organizations.positions(organizationId)
				.stream()
				.filter(p -> p.personId() == personId && p.held())
				.min(Comparator.comparing(PositionView::role));
		}
		catch (DomainException ex) {
			return Optional.empty(); // the organization is outside the user's own scope: fall back to the role
		}
	}

	private String message(String key) {
		return messages.getMessage(key, null, RECORD);
	}
}

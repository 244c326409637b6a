package org.bastion.selection.internal;

import org.bastion.platform.ActingUsers;
import org.bastion.selection.internal.Reserve.Actor;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who does a step: always the signed-in user, never a name typed on a form or in a request — the
 * platform's acting user with their name and derived post (「中共宁化县安乐镇委员会 乡镇管理员」), kept in
 * Chinese as the record of the time whatever the page's language.
 */
@Component
public class Actors {

	private final ActingUsers actingUsers;

	Actors(ActingUsers actingUsers) {
		this.actingUsers = actingUsers;
	}

	/** The signed-in user as the actor of a step now. */
	public Actor current() {
		return actingUsers.current()
			.map(user -> new Actor(user.username(), user.name(), user.post()))
			.orElseThrow(() -> new AccessDeniedException("no signed-in user"));
	}
}

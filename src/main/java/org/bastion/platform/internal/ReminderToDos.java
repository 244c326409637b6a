package org.bastion.platform.internal;

import java.time.Clock;
import java.util.List;

import org.bastion.common.scope.DataScopes;
import org.bastion.common.security.SignedIn;
import org.bastion.platform.ToDo;
import org.bastion.platform.ToDoSource;
import org.springframework.stereotype.Component;

/**
 * The raised reminders of the signed-in user as to-dos: theirs by name, and those for an authority
 * they hold over an organization in their data scope. One query per page.
 */
@Component
class ReminderToDos implements ToDoSource {

	private final ReminderStore store;
	private final DataScopes scopes;
	private final Clock clock;

	ReminderToDos(ReminderStore store, DataScopes scopes, Clock clock) {
		this.store = store;
		this.scopes = scopes;
		this.clock = clock;
	}

	@Override
	public List<ToDo> toDos() {
		return SignedIn.authentication()
			.map(user -> store.raisedFor(user.getName(), SignedIn.authorities(), scopes.current(), clock.instant()))
			.orElse(List.of());
	}
}

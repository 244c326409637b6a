package org.bastion.platform.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.bastion.platform.ActingUsers;
import org.bastion.platform.ToDo;
import org.bastion.platform.ToDo.Urgency;
import org.bastion.platform.ToDoSource;
import org.springframework.stereotype.Component;

/**
 * The signed-in user's own long work that failed in the last 7 days (an import that stopped, a solver
 * run refused): to look at today, on the work's page for one, on the list of their work for several.
 * Only the owner's rows, so nobody else's failures; gone after 7 days, as the list keeps them anyway.
 */
@Component
class FailedWorkToDos implements ToDoSource {

	static final Duration RECENT = Duration.ofDays(7);

	private final WorkStore store;
	private final ActingUsers actingUsers;
	private final Clock clock;

	FailedWorkToDos(WorkStore store, ActingUsers actingUsers, Clock clock) {
		this.store = store;
		this.actingUsers = actingUsers;
		this.clock = clock;
	}

	@Override
	public List<ToDo> toDos() {
		return actingUsers.account().map(owner -> {
			WorkStore.Failures failed = store.failedSince(owner, clock.instant().minus(RECENT));
			if (failed.count() == 0) {
				return List.<ToDo>of();
			}
			String link = failed.count() == 1 ? "/work/" + failed.latestId() : "/work";
			return List.of(new ToDo(Urgency.TODAY, "platform.todo.failedWork", List.of(), link, failed.count(), null));
		}).orElse(List.of());
	}
}

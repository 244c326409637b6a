package org.bastion.platform;

import java.util.List;

/**
 * A module's to-dos (待办): a bean that counts, within the current caller's data scope and for their
 * authorities, what they must act on. Asked on every home page, so each is one or two counting
 * queries; nothing is stored, so a to-do is gone the moment its records no longer need action.
 */
public interface ToDoSource {

	/** The current user's to-dos from this module; empty when nothing waits or they may not act. */
	List<ToDo> toDos();
}

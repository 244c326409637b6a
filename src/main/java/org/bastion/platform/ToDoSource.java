package org.bastion.platform;

import java.util.List;

/**
 * A module's to-dos (待办): a bean that counts, within the current caller's data scope and for their
 * authorities, what they must act on. Asked once for every page a signed-in user opens (the menu
 * counts them), so each is one or two counting queries; nothing is stored, so a to-do is gone the
 * moment its records no longer need action. A user who may not act gets an empty list, not a
 * refusal: a source that throws is logged and left out as broken.
 */
public interface ToDoSource {

	/** The current user's to-dos from this module; empty when nothing waits or they may not act. */
	List<ToDo> toDos();
}

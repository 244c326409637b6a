package org.bastion.platform;

import java.time.LocalDate;
import java.util.List;

/**
 * One thing the signed-in user must act on (待办), counted from records in their data scope, e.g.
 * "3 candidates await your review". Shown on the home page by urgency with a link to where it is done.
 *
 * @param messageKey its text, with {@code {0}} the count and then {@code args}
 * @param link where the user acts on it (a page path)
 * @param count how many records it stands for (at least one)
 * @param due the day it must be done by, if there is one
 */
public record ToDo(Urgency urgency, String messageKey, List<Object> args, String link, long count, LocalDate due) {

	/** How soon: the home page lists overdue first. */
	public enum Urgency {
		OVERDUE, TODAY, THIS_WEEK, LATER
	}

	public ToDo {
		args = List.copyOf(args);
		if (count < 1) {
			throw new IllegalArgumentException("a to-do stands for at least one record: " + messageKey);
		}
	}

	/** The arguments of its text: the count, then {@code args}. */
	public Object[] messageArgs() {
		Object[] all = new Object[args.size() + 1];
		all[0] = count;
		for (int i = 0; i < args.size(); i++) {
			all[i + 1] = args.get(i);
		}
		return all;
	}
}

package org.bastion.platform;

import java.util.List;
import java.util.Optional;

/**
 * Long work with progress (后台任务): imports, solver runs, big exports. {@link #start} records the
 * work and returns its id at once; the work runs on a small bounded pool with the submitting user's
 * authentication and exactly their data scope, reports its progress through {@link Progress}, and
 * its state, progress and result are kept in the database, so that any node can show them and a
 * reload finds them ({@code /work/{id}}, for its owner only).
 */
public interface LongWork {

	/**
	 * Starts {@code work} for the signed-in user and returns its id at once. Refused with a conflict
	 * ({@code platform.work.running}, 409, naming the running work's title) while work of the same
	 * kind and key runs, on any node.
	 * Call it outside a transaction: the work may start before the caller's transaction ends.
	 *
	 * @param kind what the work is, e.g. {@code people.import.persons}
	 * @param key which one: work of one kind and key runs once at a time (e.g. the user's name, or a division)
	 * @param title what the user sees in their list of work, e.g. {@code 导入人员：人员.xlsx}
	 */
	long start(String kind, String key, String title, Work work);

	/** The signed-in user's work of that id; empty when there is none or it is someone else's. */
	Optional<WorkStatus> find(long id);

	/** The signed-in user's most recent work, newest first. */
	List<WorkStatus> recent();

	/**
	 * Where the submitter goes after {@link #start}: the work's progress page, which moves on to the
	 * result once the work is done (at once when it already is).
	 */
	static String progressPage(long id) {
		return "/work/" + id + "?follow=true";
	}

	/** Whether work of the kind and key runs now (on any node). */
	boolean running(String kind, String key);
}

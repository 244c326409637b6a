package org.bastion.platform;

/**
 * Work that a timer does: a bean of the module that owns the work, found by its {@link #name()}.
 * A timer fires once across all nodes, but after a node dies mid-run another node runs it again
 * (recovery), so {@link #run(String)} must be idempotent: check the record's state, then act with a
 * compare-and-set.
 */
public interface TimerTask {

	/** Stable, unique name stored with every timer of this task, e.g. {@code selection.pool-entry}. */
	String name();

	/**
	 * Does the work for one subject (a record's id as text; empty for a recurring task). An exception
	 * is logged and the timer is not retried: raise a to-do or schedule the timer again instead.
	 */
	void run(String subject);
}

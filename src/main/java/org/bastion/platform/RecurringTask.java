package org.bastion.platform;

/**
 * A {@link TimerTask} run on a schedule ("every hour", "on the first of each month"): declared as a
 * bean, registered at every start with its current {@link #cron()}, and fired on one node only.
 * A run missed while every node was down is made up once at the next start.
 */
public interface RecurringTask extends TimerTask {

	/**
	 * A Quartz cron expression (seconds first, {@code ?} for the unused day field) in the county's
	 * time zone, e.g. {@code 0 5 * * * ?} for five past every hour.
	 */
	String cron();
}

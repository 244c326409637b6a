package org.bastion.selection.internal;

import org.bastion.platform.RecurringTask;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Runs {@link PoolEntry} every hour on one node of the cluster (a platform timer); the
 * compare-and-set inside still makes each entry happen once should two runs ever meet.
 */
@Component
class PoolEntryTimer implements RecurringTask {

	private final PoolEntry entry;
	private final String cron;

	PoolEntryTimer(PoolEntry entry, @Value("${bastion.selection.pool-entry.cron:0 5 * * * ?}") String cron) {
		this.entry = entry;
		this.cron = cron;
	}

	@Override
	public String name() {
		return "selection.pool-entry";
	}

	@Override
	public String cron() {
		return cron;
	}

	@Override
	public void run(String subject) {
		entry.run();
	}
}

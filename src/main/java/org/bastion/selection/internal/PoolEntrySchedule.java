package org.bastion.selection.internal;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Runs {@link PoolEntry} every hour on every node (the compare-and-set makes each entry happen
 * once). Off with {@code bastion.selection.pool-entry.schedule-enabled=false}, as in the tests,
 * which call the job directly.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "bastion.selection.pool-entry.schedule-enabled", havingValue = "true", matchIfMissing = true)
class PoolEntrySchedule {

	private final PoolEntry entry;

	PoolEntrySchedule(PoolEntry entry) {
		this.entry = entry;
	}

	@Scheduled(cron = "${bastion.selection.pool-entry.cron:0 5 * * * *}", zone = "Asia/Shanghai")
	void enterDueCandidates() {
		entry.run();
	}
}

package org.bastion.platform.internal;

import java.time.Clock;
import java.util.List;

import org.bastion.platform.RecurringTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Raises the reminders that are due, every minute on one node ({@code platform.reminders}).
 * Idempotent: a reminder is raised by one compare-and-set, a done one is never raised, and a run made
 * again (recovery, a second node) raises nothing twice.
 */
@Component
class ReminderTimer implements RecurringTask {

	private static final Logger log = LoggerFactory.getLogger(ReminderTimer.class);

	private final ReminderStore store;
	private final Clock clock;

	ReminderTimer(ReminderStore store, Clock clock) {
		this.store = store;
		this.clock = clock;
	}

	@Override
	public String name() {
		return "platform.reminders";
	}

	@Override
	public String cron() {
		return "0 * * * * ?";
	}

	@Override
	public void run(String subject) {
		List<Long> raised = store.raiseDue(clock.instant());
		if (!raised.isEmpty()) {
			log.info("Raised {} reminder(s)", raised.size());
		}
	}
}

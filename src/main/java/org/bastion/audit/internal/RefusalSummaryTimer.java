package org.bastion.audit.internal;

import java.time.Clock;

import org.bastion.platform.RecurringTask;
import org.springframework.stereotype.Component;

/** Every minute, the summary of refused accesses left out of the trail in windows that have ended. */
@Component
class RefusalSummaryTimer implements RecurringTask {

	private final AccessRefusalAuditor auditor;
	private final Clock clock;

	RefusalSummaryTimer(AccessRefusalAuditor auditor, Clock clock) {
		this.auditor = auditor;
		this.clock = clock;
	}

	@Override
	public String name() {
		return "audit.refusal-summaries";
	}

	@Override
	public String cron() {
		return "30 * * * * ?";
	}

	@Override
	public void run(String subject) {
		auditor.summarizeWindowsOverAt(clock.instant());
	}
}

package org.bastion.platform.internal;

import java.time.Clock;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.bastion.platform.RecurringTask;

/**
 * Deletes, every night at 03:30, the files of long work older than {@code bastion.export.keep-days}
 * (default 3); the work itself stays in its owner's list. Idempotent: a second run deletes nothing.
 */
@Component
class WorkFilesCleanup implements RecurringTask {

	private static final Logger log = LoggerFactory.getLogger(WorkFilesCleanup.class);

	private final WorkFiles files;
	private final Clock clock;
	private final Duration keep;

	WorkFilesCleanup(WorkFiles files, Clock clock, @Value("${bastion.export.keep-days:3}") int keepDays) {
		this.files = files;
		this.clock = clock;
		this.keep = Duration.ofDays(keepDays);
	}

	@Override
	public String name() {
		return "platform.work-files.cleanup";
	}

	@Override
	public String cron() {
		return "0 30 3 * * ?";
	}

	@Override
	public void run(String subject) {
		int deleted = files.deleteBefore(clock.instant().minus(keep));
		if (deleted > 0) {
			log.info("Deleted {} files of long work older than {}", deleted, keep);
		}
	}
}

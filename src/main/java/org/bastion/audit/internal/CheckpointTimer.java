package org.bastion.audit.internal;

import org.bastion.platform.RecurringTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import jakarta.annotation.PreDestroy;

/**
 * A checkpoint of the chain's head on the platform's recurring timer (every minute by default, when the head
 * moved: what was written since the last checkpoint is what a database writer could cut unseen) and one when this node shuts down.
 */
@Component
class CheckpointTimer implements RecurringTask {

	private static final Logger log = LoggerFactory.getLogger(CheckpointTimer.class);

	private final AuditCheckpoints checkpoints;
	private final String cron;

	CheckpointTimer(AuditCheckpoints checkpoints, @Value("${bastion.audit.checkpoint.cron:0 * * * * ?}") String cron) {
		this.checkpoints = checkpoints;
		this.cron = cron;
	}

	@Override
	public String name() {
		return "audit.checkpoint";
	}

	@Override
	public String cron() {
		return cron;
	}

	@Override
	public void run(String subject) {
		checkpoints.writeHead();
	}

	@PreDestroy
	void atShutdown() {
		try {
			checkpoints.writeHead();
		}
		catch (RuntimeException ex) {
			log.warn("No audit checkpoint at shutdown: {}", ex.getMessage());
		}
	}
}

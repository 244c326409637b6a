package org.bastion.audit.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

import jakarta.annotation.PreDestroy;

/** A checkpoint every {@code bastion.audit.checkpoint.interval} (when the head moved) and one at shutdown. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class CheckpointSchedule {

	private static final Logger log = LoggerFactory.getLogger(CheckpointSchedule.class);

	private final AuditCheckpoints checkpoints;

	CheckpointSchedule(AuditCheckpoints checkpoints) {
		this.checkpoints = checkpoints;
	}

	@Scheduled(fixedDelayString = "${bastion.audit.checkpoint.interval:PT1H}",
			initialDelayString = "${bastion.audit.checkpoint.interval:PT1H}")
	void periodically() {
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

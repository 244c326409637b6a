package org.bastion.pairing.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** On start-up, marks failed the solver runs that a crash or restart left running. */
@Component
class AbandonedRuns {

	private static final Logger log = LoggerFactory.getLogger(AbandonedRuns.class);

	private final RunStore runs;

	AbandonedRuns(RunStore runs) {
		this.runs = runs;
	}

	@EventListener(ApplicationReadyEvent.class)
	void failAbandonedRuns() {
		int n = runs.failAbandoned("服务重启时运行中断 (interrupted by a restart)");
		if (n > 0) {
			log.warn("Marked {} abandoned pairing solver runs as failed", n);
		}
	}
}

package org.bastion.platform.internal;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one Quartz job class: hands a fired timer to its {@link org.bastion.platform.TimerTask}.
 * Not concurrent per job key, so a slow recurring run is never overlapped by the next one.
 */
@DisallowConcurrentExecution
class TimerJob implements Job {

	static final String TASK = "task";
	static final String SUBJECT = "subject";

	private static final Logger log = LoggerFactory.getLogger(TimerJob.class);

	private final TimerTaskRegistry tasks;

	TimerJob(TimerTaskRegistry tasks) {
		this.tasks = tasks;
	}

	@Override
	public void execute(JobExecutionContext context) {
		String task = context.getMergedJobDataMap().getString(TASK);
		String subject = context.getMergedJobDataMap().getString(SUBJECT);
		try {
			tasks.get(task).run(subject == null ? "" : subject);
		}
		catch (RuntimeException ex) {
			// a timer is not retried in a loop: the task raises a to-do or schedules itself again
			log.error("Timer {} for '{}' failed", task, subject, ex);
		}
	}
}

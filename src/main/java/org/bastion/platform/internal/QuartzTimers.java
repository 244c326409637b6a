package org.bastion.platform.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;
import java.util.Optional;
import java.util.Set;
import java.util.TimeZone;

import org.bastion.platform.RecurringTask;
import org.bastion.platform.TimerTask;
import org.bastion.platform.Timers;
import org.quartz.CronScheduleBuilder;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * {@link Timers} on Quartz. A one-off timer is a job keyed by task and subject in the group
 * {@code once}, gone once it has fired; recurring tasks are keyed by their name in the group {@code recurring} and are
 * (re-)declared with their current cron at every start.
 */
@Component
class QuartzTimers implements Timers, SmartInitializingSingleton {

	private static final String ONCE = "once";
	private static final String RECURRING = "recurring";
	private static final Logger log = LoggerFactory.getLogger(QuartzTimers.class);

	private final Scheduler scheduler;
	private final TimerTaskRegistry tasks;
	private final ZoneId zone;

	QuartzTimers(Scheduler scheduler, TimerTaskRegistry tasks, @Value("${bastion.zone:Asia/Shanghai}") ZoneId zone) {
		this.scheduler = scheduler;
		this.tasks = tasks;
		this.zone = zone;
	}

	@Override
	public void once(String task, String subject, Instant when) {
		if (!tasks.has(task)) {
			throw new IllegalArgumentException("No timer task is named " + task);
		}
		JobKey key = JobKey.jobKey(task + ':' + subject, ONCE);
		JobDetail job = JobBuilder.newJob(TimerJob.class).withIdentity(key)
			.usingJobData(TimerJob.TASK, task).usingJobData(TimerJob.SUBJECT, subject)
			.requestRecovery().build();
		Trigger trigger = TriggerBuilder.newTrigger().withIdentity(triggerKey(key)).forJob(key)
			.startAt(Date.from(when))
			// a node that was down at the time fires it as soon as one is up again
			.withSchedule(SimpleScheduleBuilder.simpleSchedule().withMisfireHandlingInstructionFireNow())
			.build();
		replace(job, trigger);
	}

	@Override
	public boolean cancel(String task, String subject) {
		try {
			return scheduler.deleteJob(JobKey.jobKey(task + ':' + subject, ONCE));
		}
		catch (SchedulerException ex) {
			throw new IllegalStateException("Timer " + task + " for " + subject + " could not be cancelled", ex);
		}
	}

	@Override
	public Optional<Instant> next(String task, String subject) {
		try {
			Trigger trigger = scheduler.getTrigger(triggerKey(JobKey.jobKey(task + ':' + subject, ONCE)));
			return Optional.ofNullable(trigger).map(Trigger::getNextFireTime).map(Date::toInstant);
		}
		catch (SchedulerException ex) {
			throw new IllegalStateException("Timer " + task + " for " + subject + " could not be read", ex);
		}
	}

	/** Declares every recurring task with its current schedule (all nodes do the same, harmlessly). */
	@Override
	public void afterSingletonsInstantiated() {
		for (TimerTask task : tasks.all()) {
			if (task instanceof RecurringTask recurring) {
				JobKey key = JobKey.jobKey(recurring.name(), RECURRING);
				JobDetail job = JobBuilder.newJob(TimerJob.class).withIdentity(key)
					.usingJobData(TimerJob.TASK, recurring.name()).usingJobData(TimerJob.SUBJECT, "")
					.build();
				Trigger trigger = TriggerBuilder.newTrigger().withIdentity(triggerKey(key)).forJob(key)
					.withSchedule(CronScheduleBuilder.cronSchedule(recurring.cron()).inTimeZone(
							TimeZone.getTimeZone(zone)).withMisfireHandlingInstructionFireAndProceed())
					.build();
				replace(job, trigger);
				log.info("Recurring timer {} declared: {} ({})", recurring.name(), recurring.cron(), zone);
			}
		}
	}

	private void replace(JobDetail job, Trigger trigger) {
		try {
			scheduler.scheduleJob(job, Set.of(trigger), true);
		}
		catch (SchedulerException ex) {
			throw new IllegalStateException("Timer " + job.getKey() + " could not be scheduled", ex);
		}
	}

	private static TriggerKey triggerKey(JobKey job) {
		return TriggerKey.triggerKey(job.getName(), job.getGroup());
	}
}

package org.bastion.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.bastion.IntegrationTest;
import org.bastion.platform.TimerTask;
import org.bastion.platform.Timers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.quartz.SchedulerFactoryBean;
import org.springframework.scheduling.quartz.SpringBeanJobFactory;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Two nodes on one database: the application's own scheduler stores the timers (it never starts in
 * tests), two clustered schedulers of this test play the nodes that fire them.
 */
@IntegrationTest
@Import(TimerClusterTests.CountingConfig.class)
class TimerClusterTests {

	private static final String TASK = "test.count";

	@Autowired
	Timers timers;

	@Autowired
	Counting counting;

	@Autowired
	DataSource dataSource;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	private final List<SchedulerFactoryBean> nodes = new ArrayList<>();

	@AfterEach
	void stopNodes() throws Exception {
		for (SchedulerFactoryBean node : nodes) {
			node.destroy();
		}
		jdbc.sql("delete from qrtz_fired_triggers").update();
		counting.runs.clear();
	}

	@Test
	void aTimerFiresOnceHoweverManyNodesRun() throws Exception {
		for (int i = 0; i < 40; i++) {
			timers.once(TASK, "wish-" + i, Instant.now());
		}
		startNode("node-a");
		startNode("node-b");

		await().atMost(Duration.ofMinutes(2)).until(() -> counting.runs.size() == 40);
		for (SchedulerFactoryBean node : nodes) {
			node.getObject().shutdown(true); // a run still under way would be counted before this returns
		}

		assertThat(counting.runs.values()).allSatisfy(runs -> assertThat(runs.get()).isEqualTo(1));
		assertThat(jdbc.sql("select count(*) from qrtz_triggers where job_name like 'test.count:%'")
			.query(Integer.class).single()).isZero();
	}

	@Test
	void schedulingTheSameSubjectAgainMovesItsTimerInsteadOfAddingOne() {
		Instant later = Instant.now().plus(Duration.ofDays(3));
		timers.once(TASK, "notice-7", Instant.now().plus(Duration.ofDays(1)));
		timers.once(TASK, "notice-7", later);

		assertThat(timers.next(TASK, "notice-7")).hasValueSatisfying(
				next -> assertThat(next.toEpochMilli()).isEqualTo(later.toEpochMilli()));
		assertThat(jdbc.sql("select count(*) from qrtz_triggers where job_name = 'test.count:notice-7'")
			.query(Integer.class).single()).isOne();

		assertThat(timers.cancel(TASK, "notice-7")).isTrue();
		assertThat(timers.next(TASK, "notice-7")).isEmpty();
		assertThat(timers.cancel(TASK, "notice-7")).isFalse();
	}

	@Test
	void theReservePoolEntryIsARecurringTimerOfTheCluster() {
		assertThat(jdbc.sql("""
				select c.cron_expression from qrtz_cron_triggers c
				where c.trigger_name = 'selection.pool-entry' and c.trigger_group = 'recurring'""")
			.query(String.class).single()).isEqualTo("0 5 * * * ?");
	}

	private void startNode(String instanceId) throws Exception {
		SchedulerFactoryBean node = new SchedulerFactoryBean();
		// the application's own Quartz settings, as every node of a cluster has them
		Properties quartz = new Properties();
		quartz.putAll(Binder.get(context.getEnvironment())
			.bind("spring.quartz.properties", Bindable.mapOf(String.class, String.class)).get());
		quartz.setProperty("org.quartz.scheduler.instanceId", instanceId);
		node.setQuartzProperties(quartz);
		node.setSchedulerName("bastion");
		node.setDataSource(dataSource);
		node.setTransactionManager(transactionManager);
		SpringBeanJobFactory jobs = new SpringBeanJobFactory();
		jobs.setApplicationContext(context);
		node.setJobFactory(jobs);
		node.setApplicationContext(context);
		node.afterPropertiesSet();
		node.start();
		nodes.add(node);
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class CountingConfig {

		@Bean
		Counting countingTask() {
			return new Counting();
		}
	}

	/** Counts the runs of each subject. */
	static class Counting implements TimerTask {

		final Map<String, AtomicInteger> runs = new ConcurrentHashMap<>();

		@Override
		public String name() {
			return TASK;
		}

		@Override
		public void run(String subject) {
			runs.computeIfAbsent(subject, s -> new AtomicInteger()).incrementAndGet();
		}
	}
}

package org.bastion.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.bastion.IntegrationTest;
import org.bastion.MovableClock;
import org.bastion.common.scope.DataScope;
import org.bastion.platform.Reminder;
import org.bastion.platform.Reminder.Recipient;
import org.bastion.platform.Reminders;
import org.bastion.platform.ToDo;
import org.bastion.platform.ToDo.Urgency;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reminders: pending until due, raised by the timer's task once (run directly with a moved clock,
 * and by two sweeps at once), a to-do of exactly their recipient — a user, or the holders of an
 * authority whose scope covers the organization — and gone when done or expired. done() only writes
 * the table, so it is undone with the caller's transaction and never touches Quartz.
 */
@IntegrationTest
@Import(MovableClock.Config.class)
class RemindersTests {

	@Autowired
	Reminders reminders;
	@Autowired
	ReminderStore store;
	@Autowired
	ReminderTimer timer;
	@Autowired
	MovableClock clock;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	TransactionTemplate transactions;

	final String topic = "test.reminder." + System.nanoTime();

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	private Reminder toAlice(String record, Instant at) {
		return Reminder.of(topic, record, Recipient.user("alice"), at, topic, "/somewhere");
	}

	private List<ToDo> of(String user, Set<String> authorities, DataScope scope) {
		return store.raisedFor(user, authorities, scope, clock.instant()).stream()
			.filter(t -> t.messageKey().equals(topic)).toList();
	}

	private String state(String record) {
		return jdbc.sql("select state from platform_reminder where topic = ? and record_key = ?").params(topic, record)
			.query(String.class).single();
	}

	@Test
	void aReminderIsRaisedWhenItsTimeHasComeAndIsTheRecipientsToDoOnly() {
		reminders.remind(toAlice("1", clock.instant().plus(Duration.ofDays(2))).due(LocalDate.of(2026, 12, 6)));

		timer.run("");
		assertThat(state("1")).isEqualTo("PENDING");
		assertThat(of("alice", Set.of(), DataScope.everything())).isEmpty();

		clock.advance(Duration.ofDays(2));
		timer.run("");
		assertThat(state("1")).isEqualTo("RAISED");
		assertThat(of("alice", Set.of(), DataScope.everything())).singleElement().satisfies(t -> {
			assertThat(t.urgency()).isEqualTo(Urgency.TODAY);
			assertThat(t.link()).isEqualTo("/somewhere");
			assertThat(t.count()).isOne();
			assertThat(t.due()).isEqualTo(LocalDate.of(2026, 12, 6));
		});
		assertThat(of("bob", Set.of("selection:write"), DataScope.everything())).isEmpty();

		timer.run("");
		reminders.done(topic, "1");
		assertThat(of("alice", Set.of(), DataScope.everything())).isEmpty();
	}

	@Test
	void holdersOfTheAuthoritySeeItWhenTheirScopeCoversTheOrganization() {
		reminders.escalate(Reminder.of(topic, "7", Recipient.holders("selection:write", 42L), clock.instant(),
				topic, "/x"));
		timer.run("");

		assertThat(of("county", Set.of("selection:write"), DataScope.of(List.of(1L, 42L), Set.of())))
			.singleElement().satisfies(t -> assertThat(t.urgency()).isEqualTo(Urgency.OVERDUE));
		assertThat(of("root", Set.of("selection:write"), DataScope.everything())).hasSize(1);
		assertThat(of("township", Set.of("selection:write"), DataScope.of(List.of(43L), Set.of("350424107")))).isEmpty();
		assertThat(of("reader", Set.of("selection:read"), DataScope.everything())).isEmpty();
		assertThat(of("nobody", Set.of("selection:write"), DataScope.of(List.of(), Set.of()))).isEmpty();
	}

	@Test
	void doneBeforeItIsDueMeansNeverRaisedAndDoneRollsBackWithTheCallersTransaction() {
		reminders.remind(toAlice("2", clock.instant().plus(Duration.ofHours(1))));
		reminders.remind(toAlice("3", clock.instant().plus(Duration.ofHours(1))));
		reminders.done(topic, "2");
		transactions.executeWithoutResult(tx -> {
			reminders.done(topic, "3");
			tx.setRollbackOnly();
		});

		clock.advance(Duration.ofHours(2));
		timer.run("");

		assertThat(state("2")).isEqualTo("DONE");
		assertThat(state("3")).isEqualTo("RAISED");
	}

	@Test
	void remindingAgainMovesTheReminderAndAnExpiredOneIsNoLongerAToDo() {
		reminders.remind(toAlice("4", clock.instant().plus(Duration.ofDays(5))));
		reminders.remind(toAlice("4", clock.instant()).expires(clock.instant().plus(Duration.ofDays(1))));
		assertThat(jdbc.sql("select count(*) from platform_reminder where topic = ?").param(topic).query(Long.class).single())
			.isOne();

		timer.run("");
		assertThat(of("alice", Set.of(), DataScope.everything())).hasSize(1);

		clock.advance(Duration.ofDays(1));
		assertThat(of("alice", Set.of(), DataScope.everything())).isEmpty();
		timer.run("");
		assertThat(state("4")).isEqualTo("DONE");
	}

	@Test
	void twoSweepsAtOnceRaiseEachReminderExactlyOnce() throws Exception {
		Set<Long> expected = new HashSet<>();
		for (int i = 0; i < 30; i++) {
			reminders.remind(toAlice("many-" + i, clock.instant()));
		}
		expected.addAll(jdbc.sql("select id from platform_reminder where topic = ?").param(topic).query(Long.class).list());
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService nodes = Executors.newFixedThreadPool(2);
		try {
			Callable<List<Long>> sweep = () -> {
				start.await();
				return store.raiseDue(clock.instant());
			};
			Future<List<Long>> a = nodes.submit(sweep);
			Future<List<Long>> b = nodes.submit(sweep);
			start.countDown();
			List<Long> all = new ArrayList<>(a.get());
			all.addAll(b.get());
			List<Long> ours = all.stream().filter(expected::contains).toList();
			assertThat(ours).hasSize(30).doesNotHaveDuplicates();
		}
		finally {
			nodes.shutdownNow();
		}
	}
}

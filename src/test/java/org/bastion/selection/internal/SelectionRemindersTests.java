package org.bastion.selection.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.bastion.DemoSignIn;
import org.bastion.IntegrationTest;
import org.bastion.MovableClock;
import org.bastion.calendar.WorkingCalendar;
import org.bastion.platform.Reminders;
import org.bastion.platform.TimerTask;
import org.bastion.platform.ToDo;
import org.bastion.platform.ToDoSource;
import org.bastion.selection.SelectionFixture;
import org.bastion.selection.internal.Reserve.Candidate;
import org.bastion.selection.internal.Reserve.Notice;
import org.bastion.selection.internal.Reserve.Round;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Selection's reminders, raised by the platform's timer task run directly with a moved clock: a
 * notice's last day is a to-do of 安乐镇's administrator, not 翠江镇's; an objection unanswered for 3
 * working days (the official calendar) is escalated to the county — the county's administrator sees it,
 * the township's does not — and an answer ends it.
 */
@IntegrationTest
@Import(MovableClock.Config.class)
class SelectionRemindersTests {

	static final LocalDate REFERENCE = LocalDate.of(2026, 6, 30);

	@Autowired
	SelectionFixture fixture;
	@Autowired
	PublicNotices publicNotices;
	@Autowired
	ReserveNotices reserveNotices;
	@Autowired
	ReserveRounds rounds;
	@Autowired
	SelectionReminders selectionReminders;
	@Autowired
	Reminders reminders;
	@Autowired
	WorkingCalendar calendar;
	@Autowired
	List<TimerTask> tasks;
	@Autowired
	List<ToDoSource> sources;
	@Autowired
	MovableClock clock;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	MockMvc mvc;

	@AfterEach
	void resetClockAndSignOut() {
		clock.reset();
		DemoSignIn.signOut();
	}

	private void raiseDueReminders() {
		tasks.stream().filter(t -> t.name().equals("platform.reminders")).findFirst().orElseThrow().run("");
	}

	/** How many the signed-in user's to-dos of the text stand for. */
	private long toDo(String user, String messageKey) throws Exception {
		DemoSignIn.actAs(mvc, user);
		try {
			return sources.stream().flatMap(s -> s.toDos().stream()).filter(t -> t.messageKey().equals(messageKey))
				.mapToLong(ToDo::count).sum();
		}
		finally {
			DemoSignIn.signOut();
		}
	}

	private void moveTo(LocalDate day) {
		ZoneId zone = clock.getZone();
		clock.advance(Duration.between(clock.instant(), day.atStartOfDay(zone).toInstant().plusSeconds(60)));
	}

	private String reminderState(String topic, long record) {
		return jdbc.sql("select state from platform_reminder where topic = ? and record_key = ?")
			.params(topic, String.valueOf(record)).query(String.class).single();
	}

	@Test
	void aNoticesLastDayIsAToDoOfItsTownshipOnly() throws Exception {
		DemoSignIn.asSystem("selection-reminder-test", "selection:read", "selection:write");
		Round round = fixture.round(SelectionFixture.ANLE, REFERENCE);
		Notice notice = fixture.onNotice(round, List.of(fixture.inspected(round)), rounds.today());
		DemoSignIn.signOut();
		long before = toDo("anle-admin", "selection.reminder.noticeLastDay");

		raiseDueReminders();
		assertThat(reminderState(SelectionReminders.NOTICE_LAST_DAY, notice.id())).isEqualTo("PENDING");

		moveTo(notice.endsOn());
		raiseDueReminders();
		assertThat(reminderState(SelectionReminders.NOTICE_LAST_DAY, notice.id())).isEqualTo("RAISED");
		long anle = toDo("anle-admin", "selection.reminder.noticeLastDay");
		long cuijiang = toDo("cuijiang-admin", "selection.reminder.noticeLastDay");
		assertThat(anle).isGreaterThan(before);
		// other tests' notices of either township may end the same day: this one counts for 安乐镇 only
		reminders.done(SelectionReminders.NOTICE_LAST_DAY, String.valueOf(notice.id()));
		assertThat(toDo("anle-admin", "selection.reminder.noticeLastDay")).isEqualTo(anle - 1);
		assertThat(toDo("cuijiang-admin", "selection.reminder.noticeLastDay")).isEqualTo(cuijiang);
	}

	@Test
	void anObjectionUnansweredForThreeWorkingDaysIsEscalatedToTheCountyUntilAnswered() throws Exception {
		DemoSignIn.asSystem("selection-reminder-test", "selection:read", "selection:write");
		Round round = fixture.round(SelectionFixture.ANLE, REFERENCE);
		Candidate c = fixture.inspected(round);
		Notice notice = fixture.onNotice(round, List.of(c), rounds.today());
		long objection = publicNotices.fileObjection(notice.id(), c.id(), "该同志长期不在村居住，请核实。", null, DemoSignIn.address());
		LocalDate filedOn = rounds.today();
		DemoSignIn.signOut();
		LocalDate lastDay = selectionReminders.lastDayToAnswer(filedOn);
		assertThat(calendar.workingDaysBetween(filedOn.plusDays(1), lastDay)).isEqualTo(3);
		assertThat(calendar.isWorkingDay(lastDay)).isTrue();

		moveTo(lastDay);
		raiseDueReminders();
		assertThat(reminderState(SelectionReminders.OBJECTION_UNANSWERED, objection)).isEqualTo("PENDING");

		moveTo(lastDay.plusDays(1));
		raiseDueReminders();
		raiseDueReminders();
		assertThat(reminderState(SelectionReminders.OBJECTION_UNANSWERED, objection)).isEqualTo("RAISED");
		long county = toDo("county-admin", "selection.reminder.objectionUnanswered");
		assertThat(county).isPositive();
		assertThat(toDo("anle-admin", "selection.reminder.objectionUnanswered")).isZero();

		DemoSignIn.asSystem("selection-reminder-test", "selection:read", "selection:write");
		reserveNotices.answerObjection(objection, false, "经走访核实，该同志常年在村务农，异议不成立。");
		DemoSignIn.signOut();
		assertThat(reminderState(SelectionReminders.OBJECTION_UNANSWERED, objection)).isEqualTo("DONE");
		assertThat(toDo("county-admin", "selection.reminder.objectionUnanswered")).isEqualTo(county - 1);
	}
}

package org.bastion.selection.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.bastion.calendar.WorkingCalendar;
import org.bastion.common.scope.DataScope;
import org.bastion.common.scope.ScopeBinding;
import org.bastion.common.security.Authorities;
import org.bastion.organization.OrganizationKind;
import org.bastion.organization.OrganizationView;
import org.bastion.organization.Organizations;
import org.bastion.platform.Reminder;
import org.bastion.platform.Reminder.Recipient;
import org.bastion.platform.Reminders;
import org.bastion.platform.ToDo.Urgency;
import org.bastion.selection.internal.Reserve.Notice;
import org.bastion.selection.internal.Reserve.Round;
import org.springframework.stereotype.Component;

/**
 * Selection's reminders (提醒), raised by the platform's timer as to-dos of those who hold
 * {@value Authorities#SELECTION_WRITE} over the round's organization: a notice's last day (that day,
 * for the township and the county above it), and an objection unanswered for
 * {@value #OBJECTION_WORKING_DAYS} working days on the official calendar — escalated to the county,
 * unless answered by then.
 */
@Component
class SelectionReminders {

	static final String NOTICE_LAST_DAY = "selection.notice.last-day";
	static final String OBJECTION_UNANSWERED = "selection.objection.unanswered";
	static final int OBJECTION_WORKING_DAYS = 3;

	private final Reminders reminders;
	private final WorkingCalendar calendar;
	private final Organizations organizations;
	private final ZoneId zone;

	SelectionReminders(Reminders reminders, WorkingCalendar calendar, Organizations organizations, Clock clock) {
		this.reminders = reminders;
		this.calendar = calendar;
		this.organizations = organizations;
		this.zone = clock.getZone();
	}

	/** From the start of the notice's last day until its end, for those over the round's organization. */
	void noticePublished(Notice notice, Round round) {
		reminders.remind(Reminder.of(NOTICE_LAST_DAY, String.valueOf(notice.id()),
				Recipient.holders(Authorities.SELECTION_WRITE, round.organizationId()),
				notice.endsOn().atStartOfDay(zone).toInstant(), "selection.reminder.noticeLastDay", "/reserve/notices")
			.due(notice.endsOn()).expires(notice.endsOn().plusDays(1).atStartOfDay(zone).toInstant()));
	}

	/**
	 * The county's, overdue, from the day after the {@value #OBJECTION_WORKING_DAYS}rd working day after
	 * the day it was filed — unless {@link #objectionAnswered} by then.
	 */
	void objectionFiled(long objectionId, Round round, LocalDate filedOn) {
		LocalDate lastDay = lastDayToAnswer(filedOn);
		reminders.escalate(Reminder.of(OBJECTION_UNANSWERED, String.valueOf(objectionId),
				Recipient.holders(Authorities.SELECTION_WRITE, county(round.organizationId())),
				lastDay.plusDays(1).atStartOfDay(zone).toInstant(), "selection.reminder.objectionUnanswered",
				"/reserve/notices").due(lastDay));
	}

	/** The last of the working days an objection filed on the day has for its answer. */
	LocalDate lastDayToAnswer(LocalDate filedOn) {
		return calendar.endOfPeriod(filedOn.plusDays(1), OBJECTION_WORKING_DAYS);
	}

	void objectionAnswered(long objectionId) {
		reminders.done(OBJECTION_UNANSWERED, String.valueOf(objectionId));
	}

	/**
	 * The county committee above the organization (else the top of its tree): a structural look-up, made
	 * with the whole tree in view, since a township's administrator or the public filing an objection
	 * does not see the county itself.
	 */
	private long county(long organizationId) {
		List<OrganizationView> path = ScopeBinding.callWith(DataScope.everything(),
				() -> organizations.paths(List.of(organizationId)).getOrDefault(organizationId, List.of()));
		return path.stream().filter(o -> o.kind() == OrganizationKind.COUNTY_COMMITTEE).findFirst()
			.or(() -> path.stream().findFirst()).map(OrganizationView::id).orElse(organizationId);
	}
}

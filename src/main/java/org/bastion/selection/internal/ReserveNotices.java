package org.bastion.selection.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.bastion.calendar.WorkingCalendar;
import org.bastion.common.DomainException;
import org.bastion.common.audit.AuditEvent;
import org.bastion.common.scope.FoundOrForbidden;
import org.bastion.geography.Divisions;
import org.bastion.people.People;
import org.bastion.people.PersonView;
import org.bastion.selection.CandidateState;
import org.bastion.selection.StepKind;
import org.bastion.selection.internal.Reserve.Actor;
import org.bastion.selection.internal.Reserve.Candidate;
import org.bastion.selection.internal.Reserve.Notice;
import org.bastion.selection.internal.Reserve.Objection;
import org.bastion.selection.internal.Reserve.Round;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * 一公示 and its objections: inspected candidates of a round published on the public notice page for
 * the round's working days on the official calendar, and staff's answers to the objections the public
 * files there (an upheld one takes the candidate out). Entering the pool after the notice is
 * {@link PoolEntry}'s.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(ReserveChanges.READ)
public class ReserveNotices {

	private final ReserveChanges changes;
	private final ReserveStore store;
	private final NoticeStore notices;
	private final People people;
	private final Divisions divisions;
	private final WorkingCalendar calendar;
	private final ApplicationEventPublisher events;
	private final Actors actors;

	ReserveNotices(ReserveChanges changes, ReserveStore store, NoticeStore notices, People people, Divisions divisions,
			WorkingCalendar calendar, ApplicationEventPublisher events, Actors actors) {
		this.changes = changes;
		this.store = store;
		this.notices = notices;
		this.people = people;
		this.divisions = divisions;
		this.calendar = calendar;
		this.events = events;
		this.actors = actors;
	}

	/**
	 * 一公示: publishes inspected candidates of a round on the public notice page, from {@code startsOn}
	 * (today or later) for the round's number of working days on the official calendar.
	 */
	@PreAuthorize(ReserveChanges.WRITE)
	@Transactional
	public Notice publishNotice(long roundId, Collection<Long> candidateIds, LocalDate startsOn, String title) {
		return publish(roundId, candidateIds, startsOn, title, changes.today());
	}

	/**
	 * A notice published and started on a past day, for history brought in (the demo's last year's
	 * round). Only the system may do it, outside any web request and with the unrestricted scope: a
	 * user's request is refused (403) whatever their rights, so no page or API can back-date a notice
	 * and send its candidates straight into the pool.
	 */
	@PreAuthorize(ReserveChanges.WRITE)
	@Transactional
	public Notice recordPastNotice(long roundId, Collection<Long> candidateIds, LocalDate publishedOn) {
		if (RequestContextHolder.getRequestAttributes() != null || !changes.scope().unrestricted()) {
			throw new AccessDeniedException("a past notice is recorded only by the system, outside any request");
		}
		return publish(roundId, candidateIds, publishedOn, null, publishedOn);
	}

	/**
	 * A notice published on {@code publishedOn}; it cannot start before that day, so its period counts
	 * from the first day the public can see it.
	 */
	private Notice publish(long roundId, Collection<Long> candidateIds, LocalDate startsOn, String title,
			LocalDate publishedOn) {
		if (publishedOn.isAfter(changes.today())) {
			throw new IllegalArgumentException("a notice cannot be published on a future day: " + publishedOn);
		}
		Actor actor = actors.current();
		Round round = FoundOrForbidden.found(store.round(roundId), "reserve_round", roundId);
		if (candidateIds == null || candidateIds.isEmpty()) {
			throw DomainException.invalidField("candidateIds", "selection.notice.candidates.required");
		}
		if (startsOn == null) {
			throw DomainException.invalidField("startsOn", "selection.notice.start.required");
		}
		if (startsOn.isBefore(publishedOn)) {
			throw DomainException.invalidField("startsOn", "selection.notice.start.past", publishedOn);
		}
		LocalDate endsOn = noticeEnd(startsOn, round.noticeWorkingDays());
		LocalDateTime at = changes.now().with(publishedOn);
		List<Candidate> listed = new ArrayList<>();
		for (long cid : new java.util.LinkedHashSet<>(candidateIds)) {
			Candidate c = changes.candidateForChange(cid);
			if (c.roundId() != roundId) {
				throw DomainException.invalidField("candidateIds", "selection.notice.otherRound");
			}
			changes.requireState(c, CandidateState.INSPECTED, StepKind.NOTICE_PUBLISHED);
			changes.refuseIneligible(c);
			listed.add(c);
		}
		String noticeTitle = title == null || title.isBlank() ? round.name() + "拟入选村级后备力量人选公示" : title.strip();
		long noticeId = notices.insertNotice(new Notice(0, roundId, noticeTitle, startsOn, endsOn, actor.username(), at));
		Map<Long, PersonView> persons = people.findAll(listed.stream().map(Candidate::personId).toList());
		for (Candidate c : listed) {
			changes.move(c, CandidateState.INSPECTED, CandidateState.IN_NOTICE, StepKind.NOTICE_PUBLISHED);
			store.setNotice(c.id(), noticeId);
			PersonView p = persons.get(c.personId());
			notices.insertNoticeEntry(noticeId, new Reserve.NoticeEntry(c.id(), p.name(),
					divisions.find(c.villageCode()).map(d -> d.shortName()).orElse(""), p.ageOn(round.referenceDate()),
					p.education(), c.proposedRole()));
			store.step(c.id(), StepKind.NOTICE_PUBLISHED, true, startsOn + " — " + endsOn, actor, at);
			changes.audit(c, CandidateState.INSPECTED, CandidateState.IN_NOTICE, "notice " + noticeId);
		}
		return notices.notice(noticeId).orElseThrow();
	}

	/** The last day of a notice of {@code workingDays} working days from {@code startsOn}, on the official calendar. */
	public LocalDate noticeEnd(LocalDate startsOn, int workingDays) {
		if (!calendar.knowsYear(startsOn.getYear())) {
			throw DomainException.conflict("selection.notice.calendarUnknown", startsOn.getYear());
		}
		LocalDate end = calendar.endOfPeriod(startsOn, Math.max(workingDays, changes.minNoticeDays()));
		if (!calendar.knowsYear(end.getYear())) {
			throw DomainException.conflict("selection.notice.calendarUnknown", end.getYear());
		}
		return end;
	}

	public List<Notice> notices() {
		return notices.notices(changes.scope());
	}

	public List<Objection> openObjections() {
		return notices.openObjections(changes.scope());
	}

	/**
	 * Answers an objection after investigation: upheld takes the candidate out; dismissed needs the
	 * reason. Either way the answer is recorded with who gave it.
	 */
	@PreAuthorize(ReserveChanges.WRITE)
	@Transactional
	public Objection answerObjection(long objectionId, boolean upheld, String answer) {
		Actor actor = actors.current();
		Objection o = FoundOrForbidden.found(notices.objection(objectionId), "reserve_objection", objectionId);
		Candidate c = changes.candidateForChange(o.candidateId());
		if (answer == null || answer.isBlank()) {
			throw DomainException.invalidField("answer", "selection.objection.answer.required");
		}
		if (!notices.answerObjection(objectionId, upheld ? "UPHELD" : "DISMISSED", answer.strip(), actor.name() + "（"
				+ actor.post() + "）", changes.now())) {
			throw DomainException.conflict("selection.objection.answered");
		}
		store.step(c.id(), upheld ? StepKind.OBJECTION_UPHELD : StepKind.OBJECTION_DISMISSED, !upheld, answer.strip(),
				actor, changes.now());
		if (upheld) {
			changes.requireState(c, CandidateState.IN_NOTICE, StepKind.OBJECTION_UPHELD);
			changes.move(c, CandidateState.IN_NOTICE, CandidateState.REJECTED, StepKind.OBJECTION_UPHELD);
			changes.audit(c, CandidateState.IN_NOTICE, CandidateState.REJECTED, "objection " + objectionId + " upheld");
		}
		else {
			events.publishEvent(AuditEvent.updated("reserve_objection", objectionId, Map.of("status", "OPEN"),
					Map.of("status", "DISMISSED")));
		}
		return notices.objection(objectionId).orElseThrow();
	}
}

package org.bastion.selection.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bastion.common.DomainException;
import org.bastion.common.audit.AuditEvent;
import org.bastion.pairing.PairingKind;
import org.bastion.pairing.PairingStatus;
import org.bastion.pairing.PairingView;
import org.bastion.pairing.Pairings;
import org.bastion.people.People;
import org.bastion.people.PersonView;
import org.bastion.selection.AssessmentGrade;
import org.bastion.selection.AssessmentKind;
import org.bastion.selection.CandidateState;
import org.bastion.selection.StepKind;
import org.bastion.selection.internal.Reserve.Actor;
import org.bastion.selection.internal.Reserve.Assessment;
import org.bastion.selection.internal.Reserve.Candidate;
import org.bastion.selection.internal.Reserve.Mentor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reserve pool (后备力量库): a reserve cadre's mentor, their 日常 and 年度 assessments, and leaving
 * the pool appointed to office or removed as unsuitable. Training and shadowing are
 * {@link ReserveTraining}'s.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(ReserveChanges.READ)
public class ReservePool {

	private final ReserveChanges changes;
	private final ReserveStore store;
	private final PoolStore poolStore;
	private final People people;
	private final Pairings pairings;
	private final ApplicationEventPublisher events;
	private final Actors actors;

	ReservePool(ReserveChanges changes, ReserveStore store, PoolStore poolStore, People people, Pairings pairings,
			ApplicationEventPublisher events, Actors actors) {
		this.changes = changes;
		this.store = store;
		this.poolStore = poolStore;
		this.people = people;
		this.pairings = pairings;
		this.events = events;
		this.actors = actors;
	}

	/**
	 * Names the reserve cadre's mentor (结对帮带责任人): an ACTIVE {@code RESERVE_MENTOR} pairing of the
	 * pairing engine, whose hard rules apply (a mentor tagged 导师 with one reserve cadre, one mentor
	 * per reserve cadre; refused naming the rule). A new mentor ends the current pairing with the
	 * reason and starts the new one on {@code since}.
	 */
	@PreAuthorize(ReserveChanges.WRITE)
	@Transactional
	public Mentor nameMentor(long id, long mentorPersonId, LocalDate since) {
		Actor actor = actors.current();
		Candidate c = changes.candidateForChange(id);
		changes.requireState(c, CandidateState.IN_POOL, StepKind.MENTOR_NAMED);
		PersonView mentor = people.find(mentorPersonId)
			.orElseThrow(() -> DomainException.invalidField("mentorPersonId", "selection.mentor.unknown", mentorPersonId));
		if (mentorPersonId == c.personId()) {
			throw DomainException.invalidField("mentorPersonId", "selection.mentor.self");
		}
		LocalDate from = since == null ? changes.today() : since;
		Mentor old = mentors(List.of(c.personId())).get(c.personId());
		if (old != null && old.personId() == mentorPersonId) {
			throw DomainException.conflict("selection.mentor.same", mentor.name());
		}
		if (old != null) {
			pairings.endPairing(old.pairingId(), "更换结对导师，改由 " + mentor.name() + " 帮带", from);
		}
		PairingView pairing = pairings.pairActive(PairingKind.RESERVE_MENTOR, mentorPersonId, c.personId(), from);
		store.step(id, StepKind.MENTOR_NAMED, true, mentor.name() + "（" + from + " 起）", actor, changes.now());
		store.changed(id);
		events.publishEvent(AuditEvent.updated("reserve_candidate", id,
				Map.of("mentorPersonId", old == null ? "" : old.personId()),
				Map.of("mentorPersonId", mentorPersonId, "pairingId", pairing.id())));
		return mentorOf(pairing);
	}

	/** The current mentors (the live, active RESERVE_MENTOR pairings) of these persons, by person id. */
	public Map<Long, Mentor> mentors(Collection<Long> personIds) {
		Map<Long, Mentor> mentors = new LinkedHashMap<>();
		pairings.liveOfRights(PairingKind.RESERVE_MENTOR, personIds).forEach((person, live) -> live.stream()
			.filter(p -> p.status() == PairingStatus.ACTIVE).findFirst()
			.ifPresent(p -> mentors.put(person, mentorOf(p))));
		return mentors;
	}

	private static Mentor mentorOf(PairingView p) {
		return new Mentor(p.id(), p.leftId(), p.leftName(), p.startsOn());
	}

	/** 日常 or 年度 assessment; the annual one has a grade, once a year. */
	@PreAuthorize(ReserveChanges.WRITE)
	@Transactional
	public Assessment assess(long id, AssessmentKind kind, Integer year, AssessmentGrade grade, String notes) {
		Actor actor = actors.current();
		Candidate c = changes.candidateForChange(id);
		changes.requireState(c, CandidateState.IN_POOL, null);
		if (kind == null) {
			throw DomainException.invalidField("kind", "selection.assessment.kind.required");
		}
		if (notes == null || notes.isBlank()) {
			throw DomainException.invalidField("notes", "selection.assessment.notes.required");
		}
		int y = year == null ? changes.today().getYear() : year;
		if (kind == AssessmentKind.ANNUAL) {
			if (grade == null) {
				throw DomainException.invalidField("grade", "selection.assessment.grade.required");
			}
			if (poolStore.hasAnnual(id, y)) {
				throw DomainException.conflict("selection.assessment.annualTwice", y);
			}
		}
		Assessment a = new Assessment(0, id, kind, y, changes.today(), kind == AssessmentKind.ANNUAL ? grade : null,
				notes.strip(), actor.name());
		poolStore.insertAssessment(a);
		events.publishEvent(AuditEvent.created("reserve_assessment", id,
				Map.of("kind", kind.name(), "year", y, "grade", a.grade() == null ? "" : a.grade().name())));
		return a;
	}

	/** 调整任职: appointed to office, leaving the pool. */
	@PreAuthorize(ReserveChanges.WRITE)
	@Transactional
	public Candidate appoint(long id, LocalDate on, String office) {
		return leave(id, CandidateState.APPOINTED, StepKind.APPOINTED, on, office, "selection.appoint.office.required",
				actors.current());
	}

	/** 不适合人选调整: removed from the pool as unsuitable, with the reason. */
	@PreAuthorize(ReserveChanges.WRITE)
	@Transactional
	public Candidate remove(long id, LocalDate on, String reason) {
		return leave(id, CandidateState.REMOVED, StepKind.REMOVED, on, reason, "selection.remove.reason.required",
				actors.current());
	}

	private Candidate leave(long id, CandidateState to, StepKind step, LocalDate on, String text, String requiredKey,
			Actor actor) {
		Candidate c = changes.candidateForChange(id);
		changes.requireState(c, CandidateState.IN_POOL, step);
		if (text == null || text.isBlank()) {
			throw DomainException.invalidField("reason", requiredKey);
		}
		LocalDate day = on == null ? changes.today() : on;
		if (!store.transition(id, CandidateState.IN_POOL, to)) {
			throw changes.refused(store.candidate(id).orElseThrow(), CandidateState.IN_POOL, step);
		}
		store.endMembership(id, to, day, text.strip());
		Mentor mentor = mentors(List.of(c.personId())).get(c.personId());
		if (mentor != null) {
			pairings.endPairing(mentor.pairingId(), (to == CandidateState.APPOINTED ? "后备力量调整任职：" : "后备力量出库：")
					+ text.strip(), day);
		}
		store.step(id, step, true, text.strip(), actor, changes.now());
		changes.audit(c, CandidateState.IN_POOL, to, text.strip());
		return store.candidate(id).orElseThrow();
	}
}

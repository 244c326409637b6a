package org.bastion.selection.internal;

import java.time.LocalDate;
import java.util.Map;

import org.bastion.common.DomainException;
import org.bastion.common.audit.AuditEvent;
import org.bastion.common.scope.DataScope;
import org.bastion.common.scope.FoundOrForbidden;
import org.bastion.people.People;
import org.bastion.people.PersonView;
import org.bastion.selection.CandidateState;
import org.bastion.selection.Recommendation;
import org.bastion.selection.StepKind;
import org.bastion.selection.internal.Reserve.Actor;
import org.bastion.selection.internal.Reserve.Candidate;
import org.bastion.selection.internal.Reserve.Inspection;
import org.bastion.selection.internal.Reserve.Round;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A candidate's steps up to the public notice (三荐两审一考察): recommended, the township's and the
 * county's reviews, the inspection; a wrong step is refused naming the step and the states, and the
 * round's rules are checked again at each passing step. The notice and its objections are
 * {@link ReserveNotices}'.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(ReserveChanges.READ)
public class CandidateSteps {

	private final ReserveChanges changes;
	private final ReserveStore store;
	private final People people;
	private final ApplicationEventPublisher events;
	private final Actors actors;

	CandidateSteps(ReserveChanges changes, ReserveStore store, People people, ApplicationEventPublisher events,
			Actors actors) {
		this.changes = changes;
		this.store = store;
		this.people = people;
		this.events = events;
		this.actors = actors;
	}

	/**
	 * 三荐: a candidate comes in by self, mass or organization recommendation, for a village of the
	 * round; refused with the rule named when the person does not meet the round's rules.
	 */
	@PreAuthorize(ReserveChanges.WRITE)
	@Transactional
	public Candidate recommend(long roundId, long personId, String villageCode, Recommendation recommendation,
			String source, Integer recommenders, String proposedRole) {
		Actor actor = actors.current();
		Round round = FoundOrForbidden.found(store.round(roundId), "reserve_round", roundId);
		PersonView person = people.find(personId)
			.orElseThrow(() -> DomainException.invalidField("personId", "selection.candidate.person.unknown", personId));
		String village = villageCode == null || villageCode.isBlank() ? person.householdDivisionCode() : villageCode.strip();
		if (village == null || !village.startsWith(round.divisionCode()) || village.length() != 12) {
			throw DomainException.conflict("selection.rule.village", village == null ? "—" : village, round.name());
		}
		DataScope scope = changes.scope();
		FoundOrForbidden.mayChange(scope.coversDivision(village) || scope.coversOrganization(round.organizationId()));
		if (round.closed()) {
			throw DomainException.conflict("selection.round.closed", round.name());
		}
		if (recommendation == null) {
			throw DomainException.invalidField("recommendation", "selection.candidate.recommendation.required");
		}
		if (source == null || source.isBlank()) {
			throw DomainException.invalidField("source", "selection.candidate.source.required");
		}
		if (recommendation == Recommendation.MASS && (recommenders == null || recommenders < 1)) {
			throw DomainException.invalidField("recommenders", "selection.candidate.recommenders.required");
		}
		if (proposedRole == null || proposedRole.isBlank()) {
			throw DomainException.invalidField("proposedRole", "selection.candidate.role.required");
		}
		ReserveChanges.refuseIneligible(round, person, village);
		long id;
		try {
			id = store.insertCandidate(new Candidate(0, round.id(), personId, village, proposedRole.strip(),
					recommendation, source.strip(), recommendation == Recommendation.MASS ? recommenders : null,
					CandidateState.RECOMMENDED, null, null, null, null, 0));
		}
		catch (DuplicateKeyException ex) {
			throw DomainException.conflict("selection.candidate.duplicate", person.name(), round.name());
		}
		store.step(id, StepKind.RECOMMENDED, true, changes.text("recommendation." + recommendation) + "：" + source.strip()
				+ (recommendation == Recommendation.MASS ? "（" + recommenders + " 人推荐）" : ""), actor, changes.now());
		events.publishEvent(AuditEvent.created("reserve_candidate", id, Map.of("roundId", round.id(), "personId",
				personId, "villageCode", village, "recommendation", recommendation.name(), "state", "RECOMMENDED")));
		return store.candidate(id).orElseThrow();
	}

	/** 两审 (1): the township's qualification review. */
	@PreAuthorize(ReserveChanges.WRITE)
	@Transactional
	public Candidate townshipReview(long id, Boolean passed, String reason) {
		return review(id, CandidateState.RECOMMENDED, CandidateState.QUALIFIED, StepKind.TOWNSHIP_REVIEW, passed, reason,
				actors.current());
	}

	/** 两审 (2): the county organization department's review. */
	@PreAuthorize(ReserveChanges.WRITE)
	@Transactional
	public Candidate countyReview(long id, Boolean passed, String reason) {
		return review(id, CandidateState.QUALIFIED, CandidateState.APPROVED, StepKind.COUNTY_REVIEW, passed, reason,
				actors.current());
	}

	private Candidate review(long id, CandidateState from, CandidateState to, StepKind step, Boolean decision,
			String reason, Actor actor) {
		Candidate c = changes.candidateForChange(id);
		changes.requireState(c, from, step);
		boolean passed = decided(decision);
		if (!passed && (reason == null || reason.isBlank())) {
			throw DomainException.invalidField("reason", "selection.review.reason.required");
		}
		if (passed) {
			changes.refuseIneligible(c);
		}
		changes.move(c, from, passed ? to : CandidateState.REJECTED, step);
		store.step(id, step, passed, ReserveChanges.blankToNull(reason), actor, changes.now());
		changes.audit(c, from, passed ? to : CandidateState.REJECTED, reason);
		return store.candidate(id).orElseThrow();
	}

	/** 一考察: the inspection record; a favourable conclusion leads to the public notice. */
	@PreAuthorize(ReserveChanges.WRITE)
	@Transactional
	public Candidate inspect(long id, String inspectors, LocalDate inspectedOn, String findings, Boolean decision) {
		Actor actor = actors.current();
		Candidate c = changes.candidateForChange(id);
		changes.requireState(c, CandidateState.APPROVED, StepKind.INSPECTION);
		boolean passed = decided(decision);
		if (inspectors == null || inspectors.isBlank()) {
			throw DomainException.invalidField("inspectors", "selection.inspection.inspectors.required");
		}
		if (inspectedOn == null) {
			throw DomainException.invalidField("inspectedOn", "selection.inspection.date.required");
		}
		if (findings == null || findings.isBlank()) {
			throw DomainException.invalidField("findings", "selection.inspection.findings.required");
		}
		if (passed) {
			changes.refuseIneligible(c);
		}
		CandidateState to = passed ? CandidateState.INSPECTED : CandidateState.REJECTED;
		changes.move(c, CandidateState.APPROVED, to, StepKind.INSPECTION);
		store.insertInspection(new Inspection(id, inspectors.strip(), inspectedOn, findings.strip(), passed));
		store.step(id, StepKind.INSPECTION, passed, inspectedOn + " " + inspectors.strip() + "：" + findings.strip(), actor,
				changes.now());
		changes.audit(c, CandidateState.APPROVED, to, null);
		return store.candidate(id).orElseThrow();
	}

	/** A review's or an inspection's outcome is the reviewer's choice: none is assumed (the forms pre-select none). */
	private static boolean decided(Boolean passed) {
		if (passed == null) {
			throw DomainException.invalidField("passed", "selection.review.outcome.required");
		}
		return passed;
	}
}

package org.bastion.selection.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.bastion.common.DomainException;
import org.bastion.common.audit.AuditEvent;
import org.bastion.common.scope.DataScope;
import org.bastion.common.scope.DataScopes;
import org.bastion.common.scope.FoundOrForbidden;
import org.bastion.common.security.Authorities;
import org.bastion.organization.OrganizationView;
import org.bastion.organization.Organizations;
import org.bastion.people.People;
import org.bastion.people.PersonView;
import org.bastion.selection.CandidateState;
import org.bastion.selection.StepKind;
import org.bastion.selection.internal.Reserve.Candidate;
import org.bastion.selection.internal.Reserve.Fault;
import org.bastion.selection.internal.Reserve.Round;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;

/**
 * What every step of the selection shares: the caller's scope and the county's clock, finding the
 * record a change is about (not found when there is none, forbidden outside the scope — see
 * {@link FoundOrForbidden}), the round's rules checked again at each step, and a candidate moved from
 * one state to the next by compare-and-set with the refusal naming the step and both states.
 */
@Component
class ReserveChanges {

	static final String READ = "hasAuthority('" + Authorities.SELECTION_READ + "')";
	static final String WRITE = "hasAuthority('" + Authorities.SELECTION_WRITE + "')";

	private final ReserveStore store;
	private final DataScopes scopes;
	private final People people;
	private final Organizations organizations;
	private final ApplicationEventPublisher events;
	private final MessageSource messages;
	private final Clock clock;
	private final int minNoticeDays;

	ReserveChanges(ReserveStore store, DataScopes scopes, People people, Organizations organizations,
			ApplicationEventPublisher events, MessageSource messages, Clock clock,
			@Value("${bastion.selection.notice-min-working-days:5}") int minNoticeDays) {
		this.store = store;
		this.scopes = scopes;
		this.people = people;
		this.organizations = organizations;
		this.events = events;
		this.messages = messages;
		this.clock = clock;
		this.minNoticeDays = minNoticeDays;
	}

	DataScope scope() {
		return scopes.current();
	}

	LocalDate today() {
		return LocalDate.now(clock);
	}

	LocalDateTime now() {
		return LocalDateTime.now(clock);
	}

	/** The fewest working days a notice runs ({@code bastion.selection.notice-min-working-days}). */
	int minNoticeDays() {
		return minNoticeDays;
	}

	/** A candidate in the caller's scope, or not found. */
	Candidate candidate(long id) {
		return FoundOrForbidden.found(store.candidate(id, scope()), "reserve_candidate", id);
	}

	/** A candidate to be changed: not found when there is none, forbidden outside the caller's scope. */
	Candidate candidateForChange(long id) {
		return forChange(id, store.candidate(id).isPresent(), () -> store.candidate(id, scope()), "reserve_candidate");
	}

	/** The record when in scope; forbidden when it exists outside the scope; not found otherwise. */
	<T> T forChange(long id, boolean exists, java.util.function.Supplier<Optional<T>> scoped, String what) {
		if (!exists) {
			throw DomainException.notFound(what, id);
		}
		Optional<T> inScope = scoped.get();
		FoundOrForbidden.mayChange(inScope.isPresent());
		return inScope.get();
	}

	/** A committee with a division that the caller's scope covers; forbidden outside it. */
	OrganizationView organizationForChange(long organizationId) {
		OrganizationView organization = anyOrganizationForChange(organizationId);
		if (organization.divisionCode() == null) {
			throw DomainException.invalidField("organizationId", "selection.round.organization.kind");
		}
		mayChangeFor(organization);
		return organization;
	}

	/** The organization when in scope; forbidden when it exists outside it; an input fault when there is none. */
	OrganizationView anyOrganizationForChange(long id) {
		Optional<OrganizationView> organization = organizations.find(id);
		if (organization.isEmpty() && organizations.subtreeIds(id).isEmpty()) {
			throw DomainException.invalidField("organizationId", "selection.round.organization.unknown");
		}
		FoundOrForbidden.mayChange(organization.isPresent());
		return organization.get();
	}

	/** Forbidden unless the caller's scope covers the organization or its division. */
	void mayChangeFor(OrganizationView organization) {
		DataScope scope = scope();
		FoundOrForbidden.mayChange(scope.coversOrganization(organization.id())
				|| scope.coversDivision(organization.divisionCode()));
	}

	void refuseIneligible(Candidate c) {
		refuseIneligible(store.round(c.roundId()).orElseThrow(), people.get(c.personId()), c.villageCode());
	}

	static void refuseIneligible(Round round, PersonView person, String village) {
		List<Fault> faults = Eligibility.faults(round, person, village);
		if (!faults.isEmpty()) {
			Fault first = faults.get(0);
			throw DomainException.conflict(first.messageKey(), first.args());
		}
	}

	void requireState(Candidate c, CandidateState required, StepKind step) {
		if (c.state() != required) {
			throw refused(c, required, step);
		}
	}

	DomainException refused(Candidate c, CandidateState required, StepKind step) {
		return DomainException.conflict("selection.transition.refused",
				new DefaultMessageSourceResolvable(step == null ? "selection.step.ASSESSMENT" : "selection.step." + step),
				new DefaultMessageSourceResolvable("selection.state." + c.state()),
				new DefaultMessageSourceResolvable("selection.state." + required));
	}

	/** Moves the candidate by compare-and-set: refused if another change moved it first. */
	void move(Candidate c, CandidateState from, CandidateState to, StepKind step) {
		if (!store.transition(c.id(), from, to)) {
			throw refused(store.candidate(c.id()).orElseThrow(), from, step);
		}
	}

	void audit(Candidate c, CandidateState from, CandidateState to, String detail) {
		AuditEvent event = AuditEvent.updated("reserve_candidate", c.id(), Map.of("state", from.name()),
				Map.of("state", to.name()));
		events.publishEvent(detail == null ? event : event.withDetail(detail));
	}

	/** A message in Chinese, as the record of the time. */
	String text(String key) {
		return messages.getMessage(key, null, key, Locale.SIMPLIFIED_CHINESE);
	}

	static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}

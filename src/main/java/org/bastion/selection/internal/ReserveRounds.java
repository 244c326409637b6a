package org.bastion.selection.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.bastion.common.DomainException;
import org.bastion.common.audit.AuditEvent;
import org.bastion.common.scope.FoundOrForbidden;
import org.bastion.common.security.Authorities;
import org.bastion.geography.Division;
import org.bastion.geography.Divisions;
import org.bastion.organization.OrganizationKind;
import org.bastion.organization.OrganizationView;
import org.bastion.people.EducationLevel;
import org.bastion.people.People;
import org.bastion.people.PersonView;
import org.bastion.selection.CandidateState;
import org.bastion.selection.internal.Reserve.Actor;
import org.bastion.selection.internal.Reserve.Candidate;
import org.bastion.selection.internal.Reserve.CandidateDetails;
import org.bastion.selection.internal.Reserve.CandidateRow;
import org.bastion.selection.internal.Reserve.Fault;
import org.bastion.selection.internal.Reserve.Mentor;
import org.bastion.selection.internal.Reserve.Notice;
import org.bastion.selection.internal.Reserve.Round;
import org.bastion.selection.internal.Reserve.RoundRules;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reserve-cadre selection rounds (墩苗工程) for township and county staff, and their candidates as
 * read: {@value Authorities#SELECTION_READ} to read, {@value Authorities#SELECTION_WRITE} to open a
 * round; reads see only the caller's data scope (not found outside it), changes outside it are
 * forbidden. A candidate's steps are {@link CandidateSteps}' and {@link ReserveNotices}', the pool's
 * {@link ReservePool}'s and {@link ReserveTraining}'s.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(ReserveChanges.READ)
public class ReserveRounds {

	/** 大中专以上: 中专/职高/技校 and above. */
	public static final EducationLevel DEFAULT_MIN_EDUCATION = EducationLevel.SECONDARY_VOCATIONAL;
	public static final int DEFAULT_MIN_AGE = 25;
	public static final int DEFAULT_MAX_AGE = 33;

	/** The length of reserve_round.name. */
	static final int ROUND_NAME_MAX = 100;

	private final ReserveChanges changes;
	private final ReserveStore store;
	private final NoticeStore notices;
	private final PoolStore poolStore;
	private final ReservePool pool;
	private final People people;
	private final Divisions divisions;
	private final ApplicationEventPublisher events;
	private final MessageSource messages;
	private final Actors actors;

	ReserveRounds(ReserveChanges changes, ReserveStore store, NoticeStore notices, PoolStore poolStore, ReservePool pool,
			People people, Divisions divisions, ApplicationEventPublisher events, MessageSource messages, Actors actors) {
		this.changes = changes;
		this.store = store;
		this.notices = notices;
		this.poolStore = poolStore;
		this.pool = pool;
		this.people = people;
		this.divisions = divisions;
		this.events = events;
		this.messages = messages;
		this.actors = actors;
	}

	public LocalDate today() {
		return changes.today();
	}

	public int minNoticeDays() {
		return changes.minNoticeDays();
	}

	public List<Round> rounds() {
		return store.rounds(changes.scope());
	}

	public Round round(long id) {
		return FoundOrForbidden.found(store.round(id, changes.scope()), "reserve_round", id);
	}

	/** Opens a round for a township committee or the county committee in the caller's scope. */
	@PreAuthorize(ReserveChanges.WRITE)
	@Transactional
	public Round openRound(RoundRules rules) {
		Actor actor = actors.current();
		OrganizationView organization = changes.anyOrganizationForChange(rules.organizationId());
		if (organization.kind() != OrganizationKind.TOWNSHIP_COMMITTEE
				&& organization.kind() != OrganizationKind.COUNTY_COMMITTEE || organization.divisionCode() == null) {
			throw DomainException.invalidField("organizationId", "selection.round.organization.kind");
		}
		changes.mayChangeFor(organization);
		int min = rules.minAge() == null ? DEFAULT_MIN_AGE : rules.minAge();
		int max = rules.maxAge() == null ? DEFAULT_MAX_AGE : rules.maxAge();
		int minNoticeDays = changes.minNoticeDays();
		int days = rules.noticeWorkingDays() == null ? minNoticeDays : rules.noticeWorkingDays();
		List<DomainException.FieldFault> faults = new ArrayList<>();
		if (rules.name() == null || rules.name().isBlank()) {
			faults.add(new DomainException.FieldFault("name", "selection.round.name.required"));
		}
		else if (rules.name().strip().length() > ROUND_NAME_MAX) {
			faults.add(new DomainException.FieldFault("name", "selection.round.name.tooLong", ROUND_NAME_MAX));
		}
		if (rules.referenceDate() == null) {
			faults.add(new DomainException.FieldFault("referenceDate", "selection.round.referenceDate.required"));
		}
		if (min < 16 || max < min || max > 70) {
			faults.add(new DomainException.FieldFault("maxAge", "selection.round.ages", min, max));
		}
		if (days < minNoticeDays) {
			faults.add(new DomainException.FieldFault("noticeWorkingDays", "selection.round.noticeDays", minNoticeDays));
		}
		if (!faults.isEmpty()) {
			throw DomainException.invalid(faults);
		}
		Round round = new Round(0, rules.name().strip(), organization.id(), organization.divisionCode(),
				rules.referenceDate(), min, max, rules.minEducation() == null ? DEFAULT_MIN_EDUCATION : rules.minEducation(),
				rules.requireLocalHousehold() == null || rules.requireLocalHousehold(), days, actor.username(),
				changes.now(), false, 0);
		long id = store.insertRound(round);
		Round created = store.round(id).orElseThrow();
		events.publishEvent(AuditEvent.created("reserve_round", id,
				Map.of("name", created.name(), "organizationId", created.organizationId(), "referenceDate",
						created.referenceDate().toString(), "ages", min + "-" + max, "minEducation",
						created.minEducation().name(), "noticeWorkingDays", days)));
		return created;
	}

	public List<CandidateRow> candidatesOfRound(long roundId) {
		Round round = round(roundId);
		return rows(store.candidates(changes.scope(), round.id(), null));
	}

	public List<CandidateRow> candidates(List<CandidateState> states) {
		return rows(store.candidates(changes.scope(), null, states));
	}

	public List<CandidateRow> pool() {
		return candidates(List.of(CandidateState.IN_POOL));
	}

	public Candidate candidate(long id) {
		return changes.candidate(id);
	}

	public CandidateDetails details(long id) {
		Candidate c = candidate(id);
		PersonView person = people.get(c.personId());
		Round round = store.round(c.roundId()).orElseThrow();
		Notice notice = c.noticeId() == null ? null : notices.notice(c.noticeId()).orElse(null);
		List<Fault> faults = c.state().isFinal() || c.state() == CandidateState.IN_POOL ? List.of()
				: Eligibility.faults(round, person, c.villageCode());
		return new CandidateDetails(c, person, round, villageName(c.villageCode()), store.steps(id),
				store.inspection(id).orElse(null), notice, notices.objections(id), poolStore.assessments(id),
				poolStore.placementsOf(id), faults, pool.mentors(List.of(c.personId())).get(c.personId()));
	}

	public List<CandidateRow> rows(List<Candidate> candidates) {
		Map<Long, PersonView> persons = people.findAll(candidates.stream().map(Candidate::personId).toList());
		Map<String, Division> villages = divisions.findAll(candidates.stream().map(Candidate::villageCode).distinct().toList());
		Map<Long, Round> rounds = new LinkedHashMap<>();
		Map<Long, Mentor> mentors = pool.mentors(candidates.stream().filter(c -> c.state() == CandidateState.IN_POOL)
			.map(Candidate::personId).toList());
		List<CandidateRow> rows = new ArrayList<>();
		for (Candidate c : candidates) {
			PersonView p = persons.get(c.personId());
			Round r = rounds.computeIfAbsent(c.roundId(), id -> store.round(id).orElseThrow());
			Division v = villages.get(c.villageCode());
			rows.add(new CandidateRow(c, p == null ? "—" : p.name(), v == null ? c.villageCode() : v.shortName(),
					p == null || p.birthDate() == null ? 0 : p.ageOn(r.referenceDate()), p == null ? null : p.education(),
					c.state() == CandidateState.IN_POOL ? mentors.get(c.personId()) : null));
		}
		return rows;
	}

	public String villageName(String code) {
		return divisions.find(code).map(Division::shortName).orElse(code);
	}

	/** The eligibility faults of a candidate now, as Chinese or English text for the page. */
	public List<String> faultTexts(List<Fault> faults, Locale locale) {
		return faults.stream().map(f -> messages.getMessage(f.messageKey(), f.args(), f.messageKey(), locale)).toList();
	}
}

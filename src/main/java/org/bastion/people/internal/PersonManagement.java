package org.bastion.people.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.bastion.common.ChineseIdNumber;
import org.bastion.common.DomainException;
import org.bastion.common.MobileNumbers;
import org.bastion.common.audit.AuditEvent;
import org.bastion.common.scope.DataScope;
import org.bastion.common.scope.DataScopes;
import org.bastion.common.scope.FoundOrForbidden;
import org.bastion.common.security.Authorities;
import org.bastion.common.DomainException.FieldFault;
import org.bastion.common.PageRequest;
import org.bastion.common.PageResult;
import org.bastion.geography.Division;
import org.bastion.geography.Divisions;
import org.bastion.organization.OrganizationView;
import org.bastion.organization.Organizations;
import org.bastion.people.CadreRank;
import org.bastion.people.People;
import org.bastion.people.PeopleFigures;
import org.bastion.people.PersonData;
import org.bastion.people.PersonTag;
import org.bastion.people.PersonView;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers and changes persons, and answers the {@link People} façade. Every read that serves a
 * caller is limited to the caller's {@link DataScope} in its SQL (a person is in scope through their
 * Party organization, their household registration or by name): outside it a person is not found
 * (404), a change is forbidden (403) and lists leave them out. The methods the pages and the API
 * call are guarded by named authorities; changes and full views of personal data are audited, with
 * personal fields masked.
 */
@Service
@Transactional(readOnly = true)
public class PersonManagement implements People {

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(PersonManagement.class);

	static final String READ = "hasAuthority('" + Authorities.PERSON_READ + "')";
	static final String WRITE = "hasAuthority('" + Authorities.PERSON_WRITE + "')";
	static final String VIEW_FULL_ID = "hasAuthority('" + Authorities.PERSON_VIEW_FULL_ID + "')";
	static final String ENTITY = "person";

	private final PersonRepository persons;
	private final Divisions divisions;
	private final Organizations organizations;
	private final DataScopes dataScopes;
	private final ApplicationEventPublisher events;
	private final RefusedRegistrations refusals;
	private final Clock clock;

	PersonManagement(PersonRepository persons, Divisions divisions, Organizations organizations, DataScopes dataScopes,
			ApplicationEventPublisher events, RefusedRegistrations refusals, Clock clock) {
		this.persons = persons;
		this.refusals = refusals;
		this.divisions = divisions;
		this.organizations = organizations;
		this.dataScopes = dataScopes;
		this.events = events;
		this.clock = clock;
	}

	/** The caller's scope, computed afresh; a member's narrowed to themself ({@link MemberReach}). */
	DataScope scope() {
		DataScope scope = Objects.requireNonNull(dataScopes.current(), "data scope");
		return MemberReach.ownRecordOnly() ? DataScope.of(Set.of(), Set.of()).withPersons(scope.personIds()) : scope;
	}

	/** Whether the caller sees the members of an organization as its public roster only (names), being a member. */
	public boolean readsRosterOnly() {
		return MemberReach.ownRecordOnly();
	}

	/** Forbidden (403) unless every organization and division the record names lies in the caller's scope. */
	private static void requireWritable(DataScope scope, PersonData data) {
		FoundOrForbidden.mayChange(scopeFaults(scope, data).isEmpty());
	}

	/** The references of a record that lie outside the scope: an import refuses them row by row. */
	static List<FieldFault> scopeFaults(DataScope scope, PersonData data) {
		List<FieldFault> faults = new ArrayList<>();
		if (data.organizationId() != null && !scope.coversOrganization(data.organizationId())) {
			faults.add(new FieldFault("organizationId", "person.error.organizationOutsideScope", data.organizationId()));
		}
		if (data.householdDivisionCode() != null && !scope.coversDivision(data.householdDivisionCode())) {
			faults.add(new FieldFault("householdDivisionCode", "person.error.divisionOutsideScope",
					data.householdDivisionCode()));
		}
		return faults;
	}

	/** The stored person if the caller may change them: not found (404) if unknown, forbidden (403) outside scope. */
	private Person writable(DataScope scope, long id) {
		Optional<Person> person = persons.find(id, scope);
		if (person.isEmpty()) {
			FoundOrForbidden.mayChange(!persons.exists(id));
		}
		return FoundOrForbidden.found(person, ENTITY, id);
	}

	/** The person to be changed: not found (404) if unknown, forbidden (403) outside the caller's scope. */
	@PreAuthorize(WRITE)
	public PersonView getForChange(long id) {
		return writable(scope(), id).view();
	}

	@Transactional
	@PreAuthorize(WRITE)
	public PersonView register(PersonData data) {
		requireWritable(scope(), data);
		refuseFaults(data, null);
		try {
			Person created = persons.find(persons.insert(data)).orElseThrow();
			events.publishEvent(AuditEvent.created(ENTITY, created.id(), auditFields(created.data())));
			return created.view();
		}
		catch (DuplicateKeyException ex) {
			throw idNumberTaken();
		}
	}

	@Transactional
	@PreAuthorize(WRITE)
	public PersonView change(long id, long version, PersonData data) {
		DataScope scope = scope();
		Person stored = writable(scope, id);
		requireWritable(scope, data);
		refuseFaults(data, id);
		try {
			if (!persons.update(id, version, data)) {
				throw DomainException.conflict("error.conflict.version");
			}
		}
		catch (DuplicateKeyException ex) {
			throw idNumberTaken();
		}
		Person changed = persons.find(id).orElseThrow();
		events.publishEvent(AuditEvent.updated(ENTITY, id, auditFields(stored.data()), auditFields(changed.data())));
		return changed.view();
	}

	/**
	 * As {@link #change}, keeping the stored ID number and mobile when none is given: forms never show
	 * them in full, so a blank field means "unchanged".
	 */
	@Transactional
	@PreAuthorize(WRITE)
	public PersonView changeKeepingIdNumber(long id, long version, PersonData data) {
		if (data.idNumber() != null && data.mobile() != null) {
			return change(id, version, data);
		}
		Person stored = writable(scope(), id);
		return change(id, version, new PersonData(data.name(), data.gender(), data.ethnicity(), data.birthDate(),
				data.idNumber() != null ? data.idNumber() : stored.data().idNumber(),
				data.mobile() != null ? data.mobile() : stored.data().mobile(), data.education(), data.householdDivisionCode(),
				data.organizationId(), data.joinedPartyOn(), data.partyStatus(), data.cadreRank(), data.workplace(),
				data.departmentKind(), data.tags()));
	}

	@Override
	@Transactional
	public Map<String, Long> registerAll(List<PersonData> records) {
		long started = System.nanoTime();
		Map<String, Division> villages = divisionsFor(records);
		Map<Long, OrganizationView> organizations = organizationsFor(records);
		List<String> numbers = records.stream().map(PersonData::idNumber).filter(Objects::nonNull).toList();
		Map<String, Long> registered = persons.idsByIdNumber(numbers);
		DataScope scope = dataScopes.current();
		Set<String> seen = new HashSet<>();
		List<FieldFault> faults = new ArrayList<>();
		LocalDate today = today();
		for (int i = 0; i < records.size() && faults.size() < MAX_REPORTED_FAULTS; i++) {
			PersonData data = records.get(i);
			List<FieldFault> own = new ArrayList<>(PersonRules.check(data, today));
			own.addAll(PersonRules.checkReferences(data, villages, organizations));
			own.addAll(scopeFaults(scope, data));
			if (data.idNumber() != null && (!seen.add(data.idNumber()) || registered.containsKey(data.idNumber()))) {
				own.add(new FieldFault("idNumber", "person.error.idNumberTaken"));
			}
			String prefix = "persons[" + i + "].";
			own.forEach(f -> faults.add(new FieldFault(prefix + f.field(), f.messageKey(), f.args())));
		}
		if (!faults.isEmpty()) {
			throw DomainException.invalid(faults);
		}
		long checked = System.nanoTime();
		Map<String, Long> ids = persons.insertAll(records);
		events.publishEvent(AuditEvent.imported(ENTITY, records.size() + " persons registered at once"));
		log.info("Registered {} persons at once: checked in {} ms, encrypted and written in {} ms", records.size(),
				(checked - started) / 1_000_000, (System.nanoTime() - checked) / 1_000_000);
		return ids;
	}

	/** A person's fields as the audit trail records them: ID number and phone masked. */
	static Map<String, Object> auditFields(PersonData d) {
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("name", d.name());
		fields.put("gender", d.gender());
		fields.put("ethnicity", d.ethnicity());
		fields.put("birthDate", d.birthDate());
		fields.put("idNumber", ChineseIdNumber.mask(d.idNumber()));
		fields.put("mobile", MobileNumbers.mask(d.mobile()));
		fields.put("education", d.education());
		fields.put("householdDivisionCode", d.householdDivisionCode());
		fields.put("organizationId", d.organizationId());
		fields.put("joinedPartyOn", d.joinedPartyOn());
		fields.put("partyStatus", d.partyStatus());
		fields.put("cadreRank", d.cadreRank());
		fields.put("workplace", d.workplace());
		fields.put("departmentKind", d.departmentKind());
		fields.put("tags", d.tags().stream().map(Enum::name).sorted().toList());
		fields.values().removeIf(Objects::isNull);
		return fields;
	}

	private static final int MAX_REPORTED_FAULTS = 200;

	private void refuseFaults(PersonData data, Long id) {
		List<FieldFault> faults = new ArrayList<>(PersonRules.check(data, today()));
		faults.addAll(PersonRules.checkReferences(data, divisionsFor(List.of(data)), organizationsFor(List.of(data))));
		if (data.idNumber() != null && faults.stream().noneMatch(f -> f.field().equals("idNumber"))
				&& persons.idNumberTaken(data.idNumber(), id)) {
			// a change to another person's number is the same question as a registration: audit both
			refusals.idNumberTaken(data.idNumber());
			faults.add(new FieldFault("idNumber", "person.error.idNumberTaken"));
		}
		if (!faults.isEmpty()) {
			throw DomainException.invalid(faults);
		}
	}

	private static DomainException idNumberTaken() {
		return DomainException.invalidField("idNumber", "person.error.idNumberTaken");
	}

	/** The divisions the records refer to, looked up in one call. */
	Map<String, Division> divisionsFor(Collection<PersonData> records) {
		Set<String> codes = new HashSet<>();
		records.stream().map(PersonData::householdDivisionCode).filter(Objects::nonNull).forEach(codes::add);
		return codes.isEmpty() ? Map.of() : divisions.findAll(codes);
	}

	/** The organizations the records refer to, looked up in one call. */
	Map<Long, OrganizationView> organizationsFor(Collection<PersonData> records) {
		Set<Long> ids = new HashSet<>();
		records.stream().map(PersonData::organizationId).filter(Objects::nonNull).forEach(ids::add);
		return ids.isEmpty() ? Map.of() : organizations.findAll(ids);
	}

	LocalDate today() {
		return LocalDate.now(clock);
	}

	/** A page of the persons in scope that match; a full ID number or mobile matches by keyed hash. */
	@PreAuthorize(READ)
	public PageResult<PersonView> search(PersonQuery query, PageRequest page) {
		return persons.search(query, organizationScope(query), scope(), page).map(Person::view);
	}

	/** Every matching person in scope, a chunk at a time, for exports that must not hold them all in memory. */
	@PreAuthorize(READ)
	public void forEachMatching(PersonQuery query, Consumer<List<PersonView>> consumer) {
		persons.forEachMatching(query, organizationScope(query), scope(),
				chunk -> consumer.accept(chunk.stream().map(Person::view).toList()));
	}

	/**
	 * The person's ID number and mobile in full, for someone allowed to see them; not found outside
	 * the caller's scope. Every call leaves an entry in the audit trail.
	 */
	@Transactional
	@PreAuthorize(VIEW_FULL_ID)
	public FullNumbers fullNumbers(long id) {
		Person person = FoundOrForbidden.found(persons.find(id, scope()), ENTITY, id);
		events.publishEvent(AuditEvent.viewedPersonalData(ENTITY, id, "idNumber, mobile"));
		return new FullNumbers(id, person.data().idNumber(), person.data().mobile());
	}

	/** A person's ID number and mobile unmasked: never logged, never stored elsewhere. */
	public record FullNumbers(long personId, String idNumber, String mobile) {

		@Override
		public String toString() {
			return "FullNumbers[personId=" + personId + ", idNumber=" + ChineseIdNumber.mask(idNumber) + ", mobile="
					+ MobileNumbers.mask(mobile) + "]";
		}
	}

	@Override
	public PeopleFigures figures() {
		DataScope scope = scope();
		return new PeopleFigures(persons.count(PersonQuery.all(), scope),
				persons.count(new PersonQuery(null, null, null, null, null, null, true), scope));
	}

	private List<Long> organizationScope(PersonQuery query) {
		if (query.organizationId() == null) {
			return null;
		}
		return organizations.find(query.organizationId()).map(o -> organizations.subtreeIds(o.id())).orElse(List.of());
	}

	@Override
	public List<PersonView> withTag(PersonTag tag, String divisionCode) {
		List<PersonView> found = new java.util.ArrayList<>();
		forEachMatching(new PersonQuery(null, null, divisionCode, null, Objects.requireNonNull(tag), null, null), found::addAll);
		return found;
	}

	/**
	 * The members in scope of one organization (not its subtree), by name; the callers guard their own
	 * entry points, and show a member ({@link #readsRosterOnly()}) their branch's names only.
	 */
	@Override
	public List<PersonView> membersOf(long organizationId) {
		List<PersonView> members = persons.members(organizationId, dataScopes.current()).stream().map(Person::view).toList();
		// a member reads their branch as its public roster: the names, nothing of the others' records
		return MemberReach.ownRecordOnly() ? members.stream().map(PersonManagement::rosterEntry).toList() : members;
	}

	private static PersonView rosterEntry(PersonView p) {
		return new PersonView(p.id(), p.name(), null, null, null, null, null, null, null, p.organizationId(), null, null, null,
				null, null, Set.of(), 0);
	}

	/** The person if in the caller's scope. */
	@Override
	public Optional<PersonView> find(long id) {
		return persons.find(id, scope()).map(Person::view);
	}

	@Override
	public PersonView get(long id) {
		return FoundOrForbidden.found(find(id), ENTITY, id);
	}

	@Override
	public Map<Long, PersonView> findAll(Collection<Long> ids) {
		Map<Long, PersonView> views = new LinkedHashMap<>();
		if (!ids.isEmpty()) {
			persons.findAll(Set.copyOf(ids), scope()).forEach((id, p) -> views.put(id, p.view()));
		}
		return views;
	}

	@Override
	public long countMembersIn(Collection<Long> organizationIds) {
		return persons.countMembersIn(organizationIds, scope());
	}

	@Override
	public List<PersonView> cadres() {
		return persons.cadres(null, scope()).stream().map(Person::view)
			.sorted((a, b) -> a.cadreRank().compareTo(b.cadreRank())).toList();
	}

	@Override
	public List<PersonView> cadres(CadreRank rank) {
		return persons.cadres(Objects.requireNonNull(rank), scope()).stream().map(Person::view).toList();
	}
}

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

import org.bastion.common.DomainException;
import org.bastion.common.DomainException.FieldFault;
import org.bastion.common.PageRequest;
import org.bastion.common.PageResult;
import org.bastion.geography.Division;
import org.bastion.geography.Divisions;
import org.bastion.organization.OrganizationView;
import org.bastion.organization.Organizations;
import org.bastion.people.CadreRank;
import org.bastion.people.People;
import org.bastion.people.PersonData;
import org.bastion.people.PersonTag;
import org.bastion.people.PersonView;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Registers and changes persons, and answers the {@link People} façade. */
@Service
@Transactional(readOnly = true)
public class PersonManagement implements People {

	private final PersonRepository persons;
	private final Divisions divisions;
	private final Organizations organizations;
	private final Clock clock;

	PersonManagement(PersonRepository persons, Divisions divisions, Organizations organizations,
			Optional<Clock> clock) {
		this.persons = persons;
		this.divisions = divisions;
		this.organizations = organizations;
		this.clock = clock.orElse(Clock.systemDefaultZone());
	}

	@Transactional
	public PersonView register(PersonData data) {
		refuseFaults(data, null);
		try {
			return persons.find(persons.insert(data)).orElseThrow().view();
		}
		catch (DuplicateKeyException ex) {
			throw idNumberTaken();
		}
	}

	@Transactional
	public PersonView change(long id, long version, PersonData data) {
		if (!persons.exists(id)) {
			throw DomainException.notFound("person", id);
		}
		refuseFaults(data, id);
		try {
			if (!persons.update(id, version, data)) {
				throw DomainException.conflict("error.conflict.version");
			}
		}
		catch (DuplicateKeyException ex) {
			throw idNumberTaken();
		}
		return get(id);
	}

	/** As {@link #change}, keeping the stored ID number when none is given (forms never show it). */
	@Transactional
	public PersonView changeKeepingIdNumber(long id, long version, PersonData data) {
		if (data.idNumber() != null) {
			return change(id, version, data);
		}
		Person stored = persons.find(id).orElseThrow(() -> DomainException.notFound("person", id));
		return change(id, version, new PersonData(data.name(), data.gender(), data.ethnicity(), data.birthDate(),
				stored.data().idNumber(), data.mobile(), data.education(), data.householdDivisionCode(),
				data.organizationId(), data.joinedPartyOn(), data.partyStatus(), data.cadreRank(), data.workplace(),
				data.departmentKind(), data.tags()));
	}

	@Override
	@Transactional
	public Map<String, Long> registerAll(List<PersonData> records) {
		Map<String, Division> villages = divisionsFor(records);
		Map<Long, OrganizationView> organizations = organizationsFor(records);
		List<String> numbers = records.stream().map(PersonData::idNumber).filter(Objects::nonNull).toList();
		Map<String, Long> registered = persons.idsByIdNumber(numbers);
		Set<String> seen = new HashSet<>();
		List<FieldFault> faults = new ArrayList<>();
		LocalDate today = today();
		for (int i = 0; i < records.size() && faults.size() < MAX_REPORTED_FAULTS; i++) {
			PersonData data = records.get(i);
			List<FieldFault> own = new ArrayList<>(PersonRules.check(data, today));
			own.addAll(PersonRules.checkReferences(data, villages, organizations));
			if (data.idNumber() != null && (!seen.add(data.idNumber()) || registered.containsKey(data.idNumber()))) {
				own.add(new FieldFault("idNumber", "person.error.idNumberTaken"));
			}
			String prefix = "persons[" + i + "].";
			own.forEach(f -> faults.add(new FieldFault(prefix + f.field(), f.messageKey(), f.args())));
		}
		if (!faults.isEmpty()) {
			throw DomainException.invalid(faults);
		}
		persons.insertAll(records);
		return persons.idsByIdNumber(numbers);
	}

	private static final int MAX_REPORTED_FAULTS = 200;

	private void refuseFaults(PersonData data, Long id) {
		List<FieldFault> faults = new ArrayList<>(PersonRules.check(data, today()));
		faults.addAll(PersonRules.checkReferences(data, divisionsFor(List.of(data)), organizationsFor(List.of(data))));
		if (data.idNumber() != null && faults.stream().noneMatch(f -> f.field().equals("idNumber"))
				&& persons.idNumberTaken(data.idNumber(), id)) {
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

	public PageResult<PersonView> search(PersonQuery query, PageRequest page) {
		return persons.search(query, organizationScope(query), page).map(Person::view);
	}

	/** Every matching person, a chunk at a time, for exports that must not hold them all in memory. */
	public void forEachMatching(PersonQuery query, Consumer<List<PersonView>> consumer) {
		persons.forEachMatching(query, organizationScope(query), chunk -> consumer.accept(chunk.stream().map(Person::view).toList()));
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

	@Override
	public List<PersonView> membersOf(long organizationId) {
		return persons.members(organizationId).stream().map(Person::view).toList();
	}

	@Override
	public Optional<PersonView> find(long id) {
		return persons.find(id).map(Person::view);
	}

	@Override
	public PersonView get(long id) {
		return find(id).orElseThrow(() -> DomainException.notFound("person", id));
	}

	@Override
	public Map<Long, PersonView> findAll(Collection<Long> ids) {
		Map<Long, PersonView> views = new LinkedHashMap<>();
		if (!ids.isEmpty()) {
			persons.findAll(Set.copyOf(ids)).forEach((id, p) -> views.put(id, p.view()));
		}
		return views;
	}

	@Override
	public long countMembersIn(Collection<Long> organizationIds) {
		return persons.countMembersIn(organizationIds);
	}

	@Override
	public List<PersonView> cadres() {
		return persons.cadres(null).stream().map(Person::view)
			.sorted((a, b) -> a.cadreRank().compareTo(b.cadreRank())).toList();
	}

	@Override
	public List<PersonView> cadres(CadreRank rank) {
		return persons.cadres(Objects.requireNonNull(rank)).stream().map(Person::view).toList();
	}
}

package org.bastion.people.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.bastion.common.DomainException;
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
import org.bastion.people.HouseholdData;
import org.bastion.people.HouseholdFigures;
import org.bastion.people.HouseholdStatus;
import org.bastion.people.HouseholdView;
import org.bastion.people.Households;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers and changes registered poor households, and answers the {@link Households} façade. A
 * household is in the caller's data scope through its village; every read that serves a caller
 * applies the scope in its SQL (outside it: not found, forbidden to change, left out of lists), the
 * methods the pages and API call are guarded by named authorities, and changes are audited.
 */
@Service
@Transactional(readOnly = true)
public class HouseholdManagement implements Households {

	static final String READ = "hasAuthority('" + Authorities.HOUSEHOLD_READ + "')";
	static final String WRITE = "hasAuthority('" + Authorities.HOUSEHOLD_WRITE + "')";
	static final String ENTITY = "household";

	private final HouseholdRepository households;
	private final PersonRepository persons;
	private final Divisions divisions;
	private final DataScopes dataScopes;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	HouseholdManagement(HouseholdRepository households, PersonRepository persons, Divisions divisions,
			DataScopes dataScopes, ApplicationEventPublisher events, Clock clock) {
		this.households = households;
		this.persons = persons;
		this.divisions = divisions;
		this.dataScopes = dataScopes;
		this.events = events;
		this.clock = clock;
	}

	DataScope scope() {
		return java.util.Objects.requireNonNull(dataScopes.current(), "data scope");
	}

	private static void requireWritable(DataScope scope, HouseholdData data) {
		FoundOrForbidden.mayChange(data.villageCode() == null || scope.coversDivision(data.villageCode()));
	}

	@Transactional
	@PreAuthorize(WRITE)
	public HouseholdView register(HouseholdData data) {
		DataScope scope = scope();
		requireWritable(scope, data);
		refuseFaults(data, null, scope);
		HouseholdView created;
		try {
			created = households.find(households.insert(data)).orElseThrow();
		}
		catch (DataIntegrityViolationException ex) {
			throw DomainException.conflict("household.error.concurrent");
		}
		events.publishEvent(AuditEvent.created(ENTITY, created.id(), auditFields(created)));
		return created;
	}

	@Transactional
	@PreAuthorize(WRITE)
	public HouseholdView change(long id, long version, HouseholdData data) {
		DataScope scope = scope();
		Optional<HouseholdView> found = households.find(id, scope);
		if (found.isEmpty()) {
			FoundOrForbidden.mayChange(!households.exists(id));
		}
		HouseholdView stored = FoundOrForbidden.found(found, ENTITY, id);
		requireWritable(scope, data);
		refuseFaults(data, id, scope);
		boolean changed;
		try {
			changed = households.update(id, version, data);
		}
		catch (DataIntegrityViolationException ex) {
			throw DomainException.conflict("household.error.concurrent");
		}
		if (!changed) {
			throw DomainException.conflict("error.conflict.version");
		}
		HouseholdView after = households.find(id).orElseThrow();
		events.publishEvent(AuditEvent.updated(ENTITY, id, auditFields(stored), auditFields(after)));
		return after;
	}

	/** A household's fields as the audit trail records them (persons by id only). */
	static Map<String, Object> auditFields(HouseholdView h) {
		Map<String, Object> fields = new java.util.LinkedHashMap<>();
		fields.put("householdNumber", h.householdNumber());
		fields.put("villageCode", h.villageCode());
		fields.put("headId", h.headId());
		fields.put("members", h.members().stream().map(m -> m.personId() + ":" + m.relation().name()).toList());
		fields.put("status", h.status());
		fields.put("exitYear", h.exitYear());
		fields.values().removeIf(java.util.Objects::isNull);
		return fields;
	}

	@Override
	@Transactional
	public int registerAll(List<HouseholdData> records) {
		LocalDate today = LocalDate.now(clock);
		Map<String, Division> villages = divisions.findAll(
				records.stream().map(HouseholdData::villageCode).filter(java.util.Objects::nonNull).distinct().toList());
		Set<Long> everyone = new HashSet<>();
		for (HouseholdData h : records) {
			if (h.headId() != null) {
				everyone.add(h.headId());
			}
			h.members().stream().map(HouseholdData.Member::personId).filter(java.util.Objects::nonNull).forEach(everyone::add);
		}
		Set<Long> known = persons.existing(everyone);
		Map<Long, Long> elsewhere = households.householdsOf(everyone);
		Set<String> numbers = new HashSet<>(households.numbersTaken(
				records.stream().map(HouseholdData::householdNumber).filter(java.util.Objects::nonNull).toList()));
		Set<Long> placed = new HashSet<>();
		DataScope scope = dataScopes.current();
		List<FieldFault> faults = new ArrayList<>();
		for (int i = 0; i < records.size() && faults.size() < 200; i++) {
			HouseholdData h = records.get(i);
			List<FieldFault> own = new ArrayList<>(HouseholdRules.check(h, today));
			own.addAll(HouseholdRules.checkVillage(h.villageCode(), h.villageCode() == null ? null : villages.get(h.villageCode())));
			if (h.villageCode() != null && !scope.coversDivision(h.villageCode())) {
				own.add(new FieldFault("villageCode", "household.error.villageOutsideScope", h.villageCode()));
			}
			if (h.householdNumber() == null || !numbers.add(h.householdNumber())) {
				own.add(new FieldFault("householdNumber", "household.error.numberTaken", h.householdNumber()));
			}
			List<Long> inThis = new ArrayList<>();
			if (h.headId() != null) {
				inThis.add(h.headId());
			}
			h.members().stream().map(HouseholdData.Member::personId).filter(java.util.Objects::nonNull).forEach(inThis::add);
			for (Long personId : inThis) {
				if (!known.contains(personId)) {
					own.add(new FieldFault("headId", "household.error.personUnknown", String.valueOf(personId)));
				}
				else if (elsewhere.containsKey(personId) || !placed.add(personId)) {
					own.add(new FieldFault("headId", "household.error.inAnotherHousehold",
							String.valueOf(elsewhere.getOrDefault(personId, 0L))));
				}
			}
			String prefix = "households[" + i + "].";
			own.forEach(f -> faults.add(new FieldFault(prefix + f.field(), f.messageKey(), f.args())));
		}
		if (!faults.isEmpty()) {
			throw DomainException.invalid(faults);
		}
		households.insertAll(records);
		events.publishEvent(AuditEvent.imported(ENTITY, records.size() + " households registered at once"));
		return records.size();
	}

	private void refuseFaults(HouseholdData data, Long id, DataScope scope) {
		List<FieldFault> faults = new ArrayList<>(HouseholdRules.check(data, LocalDate.now(clock)));
		faults.addAll(HouseholdRules.checkVillage(data.villageCode(),
				data.villageCode() == null ? null : divisions.find(data.villageCode()).orElse(null)));
		if (data.householdNumber() != null && households.numberTaken(data.householdNumber(), id)) {
			faults.add(new FieldFault("householdNumber", "household.error.numberTaken", data.householdNumber()));
		}
		Map<String, Long> everyone = new java.util.LinkedHashMap<>();
		if (data.headId() != null) {
			everyone.put("headId", data.headId());
		}
		for (int i = 0; i < data.members().size(); i++) {
			if (data.members().get(i).personId() != null) {
				everyone.putIfAbsent("members[" + i + "].personId", data.members().get(i).personId());
			}
		}
		Set<Long> known = new HashSet<>(persons.findAll(everyone.values(), scope).keySet());
		Map<Long, Long> elsewhere = households.householdsOf(everyone.values());
		everyone.forEach((field, personId) -> {
			if (!known.contains(personId)) {
				faults.add(new FieldFault(field, "household.error.personUnknown", String.valueOf(personId)));
			}
			else if (elsewhere.containsKey(personId) && !elsewhere.get(personId).equals(id)) {
				faults.add(new FieldFault(field, "household.error.inAnotherHousehold", String.valueOf(elsewhere.get(personId))));
			}
		});
		if (!faults.isEmpty()) {
			throw DomainException.invalid(faults);
		}
	}

	@PreAuthorize(READ)
	public PageResult<HouseholdView> search(String divisionCode, HouseholdStatus status, PageRequest page) {
		return households.search(divisionCode, status, scope(), page);
	}

	@PreAuthorize(READ)
	public void forEachMatching(String divisionCode, HouseholdStatus status, Consumer<List<HouseholdView>> consumer) {
		households.forEachMatching(divisionCode, status, scope(), consumer);
	}

	@Override
	@Transactional
	public HouseholdView recordLeftPoverty(long id, int year) {
		HouseholdView h = get(id);
		return change(id, h.version(), new HouseholdData(h.householdNumber(), h.villageCode(), h.headId(),
				HouseholdStatus.LEFT_POVERTY, year,
				h.members().stream().map(m -> new HouseholdData.Member(m.personId(), m.relation())).toList()));
	}

	@Override
	public HouseholdFigures figures() {
		DataScope scope = scope();
		return new HouseholdFigures(households.count(null, null, scope),
				households.count(null, HouseholdStatus.IN_POVERTY, scope));
	}

	/** The household if in the caller's scope. */
	@Override
	public Optional<HouseholdView> find(long id) {
		return households.find(id, scope());
	}

	@Override
	public HouseholdView get(long id) {
		return FoundOrForbidden.found(find(id), ENTITY, id);
	}

	@Override
	public List<HouseholdView> inDivision(String divisionCode) {
		return households.inDivision(divisionCode, scope());
	}

	@Override
	public Optional<HouseholdView> ofPerson(long personId) {
		return households.ofPerson(personId, scope());
	}
}

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
import org.bastion.common.DomainException.FieldFault;
import org.bastion.common.PageRequest;
import org.bastion.common.PageResult;
import org.bastion.geography.Division;
import org.bastion.geography.Divisions;
import org.bastion.people.HouseholdData;
import org.bastion.people.HouseholdStatus;
import org.bastion.people.HouseholdView;
import org.bastion.people.Households;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Registers and changes registered poor households, and answers the {@link Households} façade. */
@Service
@Transactional(readOnly = true)
public class HouseholdManagement implements Households {

	private final HouseholdRepository households;
	private final PersonRepository persons;
	private final Divisions divisions;
	private final Clock clock;

	HouseholdManagement(HouseholdRepository households, PersonRepository persons, Divisions divisions,
			Optional<Clock> clock) {
		this.households = households;
		this.persons = persons;
		this.divisions = divisions;
		this.clock = clock.orElse(Clock.systemDefaultZone());
	}

	@Transactional
	public HouseholdView register(HouseholdData data) {
		refuseFaults(data, null);
		try {
			return get(households.insert(data));
		}
		catch (DataIntegrityViolationException ex) {
			throw DomainException.conflict("household.error.concurrent");
		}
	}

	@Transactional
	public HouseholdView change(long id, long version, HouseholdData data) {
		if (!households.exists(id)) {
			throw DomainException.notFound("household", id);
		}
		refuseFaults(data, id);
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
		return get(id);
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
		List<FieldFault> faults = new ArrayList<>();
		for (int i = 0; i < records.size() && faults.size() < 200; i++) {
			HouseholdData h = records.get(i);
			List<FieldFault> own = new ArrayList<>(HouseholdRules.check(h, today));
			own.addAll(HouseholdRules.checkVillage(h.villageCode(), h.villageCode() == null ? null : villages.get(h.villageCode())));
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
		return records.size();
	}

	private void refuseFaults(HouseholdData data, Long id) {
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
		Set<Long> known = new HashSet<>(persons.findAll(everyone.values()).keySet());
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

	public PageResult<HouseholdView> search(String divisionCode, HouseholdStatus status, PageRequest page) {
		return households.search(divisionCode, status, page);
	}

	public void forEachMatching(String divisionCode, HouseholdStatus status, Consumer<List<HouseholdView>> consumer) {
		households.forEachMatching(divisionCode, status, consumer);
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
	public Optional<HouseholdView> find(long id) {
		return households.find(id);
	}

	@Override
	public HouseholdView get(long id) {
		return find(id).orElseThrow(() -> DomainException.notFound("household", id));
	}

	@Override
	public List<HouseholdView> inDivision(String divisionCode) {
		return households.inDivision(divisionCode);
	}

	@Override
	public Optional<HouseholdView> ofPerson(long personId) {
		return households.ofPerson(personId);
	}
}

package org.bastion.people.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.bastion.common.DomainException.FieldFault;
import org.bastion.geography.Division;
import org.bastion.geography.DivisionLevel;
import org.bastion.people.HouseholdData;
import org.bastion.people.HouseholdStatus;

/**
 * What makes a registered poor household acceptable. Registration (建档立卡) began in 2014, so a
 * household left poverty in 2014 or later, and not after this year.
 */
public final class HouseholdRules {

	static final int FIRST_EXIT_YEAR = 2014;
	static final int NUMBER_MAX = 40;

	private HouseholdRules() {
	}

	public static List<FieldFault> check(HouseholdData h, LocalDate today) {
		List<FieldFault> faults = new ArrayList<>();
		if (h.householdNumber() != null && h.householdNumber().length() > NUMBER_MAX) {
			faults.add(new FieldFault("householdNumber", "person.error.tooLong", NUMBER_MAX));
		}
		if (h.villageCode() == null) {
			faults.add(PersonRules.required("villageCode"));
		}
		if (h.headId() == null) {
			faults.add(PersonRules.required("headId"));
		}
		if (h.status() == null) {
			faults.add(PersonRules.required("status"));
		}
		else if (h.status() == HouseholdStatus.LEFT_POVERTY) {
			if (h.exitYear() == null) {
				faults.add(new FieldFault("exitYear", "household.error.exitYearRequired"));
			}
			else if (h.exitYear() < FIRST_EXIT_YEAR || h.exitYear() > today.getYear()) {
				faults.add(new FieldFault("exitYear", "household.error.exitYearRange", String.valueOf(FIRST_EXIT_YEAR),
						String.valueOf(today.getYear())));
			}
		}
		else if (h.exitYear() != null) {
			faults.add(new FieldFault("exitYear", "household.error.exitYearWhileInPoverty"));
		}
		Set<Long> seen = new HashSet<>();
		if (h.headId() != null) {
			seen.add(h.headId());
		}
		for (int i = 0; i < h.members().size(); i++) {
			HouseholdData.Member member = h.members().get(i);
			if (member.personId() == null) {
				faults.add(PersonRules.required("members[" + i + "].personId"));
			}
			else if (!seen.add(member.personId())) {
				faults.add(new FieldFault("members[" + i + "].personId", "household.error.memberTwice"));
			}
			if (member.relation() == null) {
				faults.add(PersonRules.required("members[" + i + "].relation"));
			}
		}
		return faults;
	}

	/** The village must be a village-level division that exists. */
	public static List<FieldFault> checkVillage(String villageCode, Division division) {
		if (villageCode == null) {
			return List.of();
		}
		if (division == null) {
			return List.of(new FieldFault("villageCode", "person.error.divisionUnknown", villageCode));
		}
		if (division.level() != DivisionLevel.VILLAGE) {
			return List.of(new FieldFault("villageCode", "person.error.divisionNotVillage", division.name()));
		}
		return List.of();
	}
}

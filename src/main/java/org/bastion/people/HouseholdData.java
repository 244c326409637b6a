package org.bastion.people;

import java.util.List;

import org.bastion.people.HouseholdRelation;
import org.bastion.people.HouseholdStatus;

/** A registered poor household as entered. */
public record HouseholdData(String householdNumber, String villageCode, Long headId, HouseholdStatus status,
		Integer exitYear, List<Member> members) {

	public record Member(Long personId, HouseholdRelation relation) {
	}

	public HouseholdData {
		householdNumber = PersonData.clean(householdNumber);
		villageCode = PersonData.clean(villageCode);
		members = members == null ? List.of() : List.copyOf(members);
	}
}

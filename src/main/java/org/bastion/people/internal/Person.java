package org.bastion.people.internal;

import org.bastion.common.ChineseIdNumber;
import org.bastion.common.MobileNumbers;
import org.bastion.people.PersonData;
import org.bastion.people.PersonView;

/** A stored person. Holds the ID number in full, so it never leaves the module: {@link #view()} masks. */
public record Person(long id, long version, PersonData data) {

	public PersonView view() {
		PersonData d = data;
		return new PersonView(id, d.name(), d.gender(), d.ethnicity(), d.birthDate(), ChineseIdNumber.mask(d.idNumber()),
				MobileNumbers.mask(d.mobile()), d.education(), d.householdDivisionCode(), d.organizationId(),
				d.joinedPartyOn(), d.partyStatus(), d.cadreRank(), d.workplace(), d.departmentKind(), d.tags(), version);
	}
}

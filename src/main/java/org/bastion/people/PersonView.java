package org.bastion.people;

import java.time.LocalDate;
import java.util.Set;

import org.bastion.common.Gender;
import org.bastion.organization.DepartmentKind;

/**
 * A person as other modules and pages see them: the ID number and phone only masked.
 *
 * @param organizationId the Party organization of a member; null with {@code joinedPartyOn} and
 *        {@code partyStatus} for a non-member
 * @param cadreRank null for someone who is not a cadre
 */
public record PersonView(long id, String name, Gender gender, String ethnicity, LocalDate birthDate,
		String maskedIdNumber, String maskedMobile, EducationLevel education, String householdDivisionCode,
		Long organizationId, LocalDate joinedPartyOn, PartyStatus partyStatus, CadreRank cadreRank, String workplace,
		DepartmentKind departmentKind, Set<PersonTag> tags, long version) {

	public boolean partyMember() {
		return organizationId != null;
	}

	public int ageOn(LocalDate day) {
		return java.time.Period.between(birthDate, day).getYears();
	}
}

package org.bastion.people;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import org.bastion.common.ChineseIdNumber;
import org.bastion.common.Gender;
import org.bastion.common.MobileNumbers;
import org.bastion.organization.DepartmentKind;
import org.bastion.people.CadreRank;
import org.bastion.people.EducationLevel;
import org.bastion.people.PartyStatus;
import org.bastion.people.PersonTag;

/**
 * Everything that describes a person, as entered: by the API, a form or an import row. Text is
 * trimmed and blanks become null, so that rules see one form of "nothing".
 */
public record PersonData(String name, Gender gender, String ethnicity, LocalDate birthDate, String idNumber,
		String mobile, EducationLevel education, String householdDivisionCode, Long organizationId,
		LocalDate joinedPartyOn, PartyStatus partyStatus, CadreRank cadreRank, String workplace,
		DepartmentKind departmentKind, Set<PersonTag> tags) {

	public PersonData {
		name = clean(name);
		ethnicity = clean(ethnicity);
		idNumber = ChineseIdNumber.normalize(clean(idNumber));
		mobile = clean(mobile);
		householdDivisionCode = clean(householdDivisionCode);
		workplace = clean(workplace);
		tags = tags == null || tags.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(tags));
	}

	public boolean claimsPartyMembership() {
		return organizationId != null || joinedPartyOn != null || partyStatus != null;
	}

	/** Trimmed text, or null for blank: the one form of "nothing" the rules see. */
	public static String clean(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	/** Masked, because records print every field and this one may reach a log. */
	@Override
	public String toString() {
		return "PersonData[name=" + name + ", idNumber=" + ChineseIdNumber.mask(idNumber) + ", mobile="
				+ MobileNumbers.mask(mobile) + ", householdDivisionCode=" + householdDivisionCode + ", organizationId="
				+ organizationId + "]";
	}
}

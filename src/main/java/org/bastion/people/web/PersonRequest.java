package org.bastion.people.web;

import java.time.LocalDate;
import java.util.Set;

import org.bastion.common.Gender;
import org.bastion.organization.DepartmentKind;
import org.bastion.people.CadreRank;
import org.bastion.people.EducationLevel;
import org.bastion.people.PartyStatus;
import org.bastion.people.PersonData;
import org.bastion.people.PersonTag;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A person as the API takes it.
 *
 * @param version required when changing a person: the version last read
 */
record PersonRequest(@NotBlank(message = "{error.notBlank}") @Size(max = 50, message = "{error.tooLong}") String name,
		@NotNull(message = "{error.notBlank}") Gender gender, @NotBlank(message = "{error.notBlank}") String ethnicity,
		@NotNull(message = "{error.notBlank}") LocalDate birthDate, @NotBlank(message = "{error.notBlank}") String idNumber,
		String mobile, EducationLevel education, @NotBlank(message = "{error.notBlank}") String householdDivisionCode,
		Long organizationId, LocalDate joinedPartyOn, PartyStatus partyStatus, CadreRank cadreRank,
		@Size(max = 100, message = "{error.tooLong}") String workplace, DepartmentKind departmentKind,
		Set<PersonTag> tags, Long version) {

	PersonData toData() {
		return new PersonData(name, gender, ethnicity, birthDate, idNumber, mobile, education, householdDivisionCode,
				organizationId, joinedPartyOn, partyStatus, cadreRank, workplace, departmentKind, tags);
	}

	/** Masked: the request may be logged by a failing handler. */
	@Override
	public String toString() {
		return toData().toString();
	}
}

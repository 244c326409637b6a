package org.bastion.people.web;

import java.util.List;

import org.bastion.people.HouseholdData;
import org.bastion.people.HouseholdRelation;
import org.bastion.people.HouseholdStatus;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/** A registered poor household as the API takes it. */
record HouseholdRequest(String householdNumber, @NotBlank(message = "{error.notBlank}") String villageCode,
		@NotNull(message = "{error.notBlank}") Long headId, @NotNull(message = "{error.notBlank}") HouseholdStatus status,
		Integer exitYear, List<@Valid Member> members, Long version) {

	record Member(@NotNull(message = "{error.notBlank}") Long personId,
			@NotNull(message = "{error.notBlank}") HouseholdRelation relation) {
	}

	HouseholdData toData() {
		return new HouseholdData(householdNumber, villageCode, headId, status, exitYear,
				members == null ? List.of() : members.stream().map(m -> new HouseholdData.Member(m.personId(), m.relation())).toList());
	}
}

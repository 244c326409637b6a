package org.bastion.people.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.bastion.common.ChineseIdNumber;
import org.bastion.common.DomainException.FieldFault;
import org.bastion.common.MobileNumbers;
import org.bastion.geography.Division;
import org.bastion.geography.DivisionLevel;
import org.bastion.organization.OrganizationView;
import org.bastion.people.Ethnicities;
import org.bastion.people.PersonData;

/**
 * What makes a person's record acceptable: GB 11643 ID numbers that agree with the birth date and
 * gender, GB/T 3304 ethnic names, mainland mobile numbers, village-level household registration
 * and complete Party membership (a member joins at 18 or older, as the Party Constitution has it).
 * Each fault names the field it lies in.
 */
public final class PersonRules {

	static final int NAME_MAX = 50;
	static final int WORKPLACE_MAX = 100;
	static final int PARTY_MIN_AGE = 18;

	private PersonRules() {
	}

	/** The faults that the record shows by itself, without looking anything up. */
	public static List<FieldFault> check(PersonData p, LocalDate today) {
		List<FieldFault> faults = new ArrayList<>();
		if (p.name() == null) {
			faults.add(required("name"));
		}
		else if (p.name().length() > NAME_MAX) {
			faults.add(new FieldFault("name", "person.error.tooLong", NAME_MAX));
		}
		if (p.gender() == null) {
			faults.add(required("gender"));
		}
		if (p.ethnicity() == null) {
			faults.add(required("ethnicity"));
		}
		else if (!Ethnicities.isValid(p.ethnicity())) {
			faults.add(new FieldFault("ethnicity", "person.error.ethnicity", p.ethnicity()));
		}
		if (p.birthDate() == null) {
			faults.add(required("birthDate"));
		}
		checkIdNumber(p, today, faults);
		if (p.mobile() != null && !MobileNumbers.isValid(p.mobile())) {
			faults.add(new FieldFault("mobile", "person.error.mobile"));
		}
		if (p.householdDivisionCode() == null) {
			faults.add(required("householdDivisionCode"));
		}
		checkPartyMembership(p, today, faults);
		if (p.workplace() != null && p.workplace().length() > WORKPLACE_MAX) {
			faults.add(new FieldFault("workplace", "person.error.tooLong", WORKPLACE_MAX));
		}
		return faults;
	}

	private static void checkIdNumber(PersonData p, LocalDate today, List<FieldFault> faults) {
		if (p.idNumber() == null) {
			faults.add(required("idNumber"));
			return;
		}
		Optional<ChineseIdNumber.Fault> fault = ChineseIdNumber.check(p.idNumber());
		if (fault.isPresent()) {
			faults.add(new FieldFault("idNumber", "idNumber." + fault.get().name()));
			return;
		}
		ChineseIdNumber number = new ChineseIdNumber(p.idNumber());
		if (number.birthDate().isAfter(today)) {
			faults.add(new FieldFault("idNumber", "idNumber.birthDateFuture"));
			return;
		}
		if (p.birthDate() != null && !p.birthDate().equals(number.birthDate())) {
			faults.add(new FieldFault("birthDate", "person.error.birthDateDisagrees", number.birthDate().toString()));
		}
		if (p.gender() != null && p.gender() != number.gender()) {
			faults.add(new FieldFault("gender", "person.error.genderDisagrees." + number.gender().name()));
		}
	}

	private static void checkPartyMembership(PersonData p, LocalDate today, List<FieldFault> faults) {
		if (!p.claimsPartyMembership()) {
			return;
		}
		if (p.organizationId() == null) {
			faults.add(new FieldFault("organizationId", "person.error.partyIncomplete"));
		}
		if (p.partyStatus() == null) {
			faults.add(new FieldFault("partyStatus", "person.error.partyIncomplete"));
		}
		if (p.joinedPartyOn() == null) {
			faults.add(new FieldFault("joinedPartyOn", "person.error.partyIncomplete"));
		}
		else if (p.joinedPartyOn().isAfter(today)) {
			faults.add(new FieldFault("joinedPartyOn", "person.error.future"));
		}
		else if (p.birthDate() != null && p.joinedPartyOn().isBefore(p.birthDate().plusYears(PARTY_MIN_AGE))) {
			faults.add(new FieldFault("joinedPartyOn", "person.error.joinedTooYoung", PARTY_MIN_AGE));
		}
	}

	/**
	 * The faults in what the record refers to, given the divisions and organizations looked up for
	 * it (for a whole import at once).
	 */
	public static List<FieldFault> checkReferences(PersonData p, Map<String, Division> divisions,
			Map<Long, OrganizationView> organizations) {
		List<FieldFault> faults = new ArrayList<>();
		if (p.householdDivisionCode() != null) {
			Division division = divisions.get(p.householdDivisionCode());
			if (division == null) {
				faults.add(new FieldFault("householdDivisionCode", "person.error.divisionUnknown", p.householdDivisionCode()));
			}
			else if (division.level() != DivisionLevel.VILLAGE) {
				faults.add(new FieldFault("householdDivisionCode", "person.error.divisionNotVillage", division.name()));
			}
		}
		if (p.organizationId() != null) {
			OrganizationView organization = organizations.get(p.organizationId());
			if (organization == null) {
				faults.add(new FieldFault("organizationId", "person.error.organizationUnknown", String.valueOf(p.organizationId())));
			}
			else if (organization.dissolved()) {
				faults.add(new FieldFault("organizationId", "person.error.organizationDissolved", organization.name()));
			}
		}
		return faults;
	}

	static FieldFault required(String field) {
		return new FieldFault(field, "error.notBlank");
	}
}

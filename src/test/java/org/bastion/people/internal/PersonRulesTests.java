package org.bastion.people.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.bastion.common.DomainException.FieldFault;
import org.bastion.common.Gender;
import org.bastion.geography.CommitteeKind;
import org.bastion.geography.Division;
import org.bastion.geography.DivisionLevel;
import org.bastion.organization.OrganizationKind;
import org.bastion.organization.OrganizationView;
import org.bastion.people.PartyStatus;
import org.bastion.people.PersonData;
import org.bastion.people.PersonFixtures;
import org.junit.jupiter.api.Test;

class PersonRulesTests {

	static final LocalDate TODAY = LocalDate.of(2026, 5, 1);
	static final String VILLAGE = "350424100201";

	final PersonData valid = PersonFixtures.resident("张秀英", VILLAGE);

	@Test
	void acceptsACompleteResident() {
		assertThat(PersonRules.check(valid, TODAY)).isEmpty();
	}

	@Test
	void refusesAnIdNumberWhoseCheckDigitIsWrong() {
		String id = valid.idNumber();
		char wrong = id.charAt(17) == '0' ? '1' : '0';
		assertThat(faults(with(valid, id.substring(0, 17) + wrong, valid.birthDate(), valid.gender())))
			.containsExactly("idNumber:idNumber.checkDigit");
	}

	@Test
	void refusesAnIdNumberOfTheWrongLength() {
		assertThat(faults(with(valid, "35042419900314", valid.birthDate(), valid.gender())))
			.containsExactly("idNumber:idNumber.length");
	}

	@Test
	void acceptsALowerCaseXAsTheCheckCharacter() {
		String id = PersonFixtures.idNumber(LocalDate.of(1990, 3, 14), Gender.FEMALE, 0);
		for (int seq = 1; id.charAt(17) != 'X'; seq++) {
			id = PersonFixtures.idNumber(LocalDate.of(1990, 3, 14), Gender.FEMALE, seq);
		}
		PersonData lower = with(valid, id.toLowerCase(), LocalDate.of(1990, 3, 14), Gender.FEMALE);
		assertThat(lower.idNumber()).endsWith("X");
		assertThat(PersonRules.check(lower, TODAY)).isEmpty();
	}

	@Test
	void refusesAnIdNumberBornAfterTheCountysToday() {
		LocalDate tomorrow = TODAY.plusDays(1);
		String id = PersonFixtures.idNumber(tomorrow, Gender.FEMALE, 0);
		assertThat(faults(with(valid, id, tomorrow, Gender.FEMALE))).containsExactly("idNumber:idNumber.birthDateFuture");
		assertThat(PersonRules.check(with(valid, id, tomorrow, Gender.FEMALE), tomorrow)).isEmpty();
	}

	@Test
	void refusesABirthDateThatDisagreesWithTheIdNumber() {
		assertThat(faults(with(valid, valid.idNumber(), valid.birthDate().plusDays(1), valid.gender())))
			.containsExactly("birthDate:person.error.birthDateDisagrees");
	}

	@Test
	void refusesAGenderThatDisagreesWithTheIdNumber() {
		assertThat(faults(with(valid, valid.idNumber(), valid.birthDate(), Gender.MALE)))
			.containsExactly("gender:person.error.genderDisagrees.FEMALE");
	}

	@Test
	void refusesAnEthnicityThatIsNotOneOfTheFiftySix() {
		PersonData p = new PersonData(valid.name(), valid.gender(), "汉", valid.birthDate(), valid.idNumber(), null, null,
				VILLAGE, null, null, null, null, null, null, Set.of());
		assertThat(faults(p)).containsExactly("ethnicity:person.error.ethnicity");
	}

	@Test
	void refusesANameLongerThanFiftyCharacters() {
		PersonData p = new PersonData("张".repeat(51), valid.gender(), "汉族", valid.birthDate(), valid.idNumber(), null, null,
				VILLAGE, null, null, null, null, null, null, Set.of());
		assertThat(faults(p)).containsExactly("name:person.error.tooLong");
	}

	@Test
	void namesEveryMissingRequiredField() {
		PersonData empty = new PersonData(" ", null, null, null, "", null, null, null, null, null, null, null, null, null, null);
		assertThat(faults(empty)).containsExactlyInAnyOrder("name:error.notBlank", "gender:error.notBlank",
				"ethnicity:error.notBlank", "birthDate:error.notBlank", "idNumber:error.notBlank",
				"householdDivisionCode:error.notBlank");
	}

	@Test
	void refusesAMobileNumberThatIsNotAMainlandMobile() {
		PersonData p = new PersonData(valid.name(), valid.gender(), "汉族", valid.birthDate(), valid.idNumber(), "0598-6822222",
				null, VILLAGE, null, null, null, null, null, null, Set.of());
		assertThat(faults(p)).containsExactly("mobile:person.error.mobile");
	}

	@Test
	void aPartyMemberNeedsOrganizationDateAndStatusTogether() {
		PersonData p = new PersonData(valid.name(), valid.gender(), "汉族", valid.birthDate(), valid.idNumber(), null, null,
				VILLAGE, 7L, null, null, null, null, null, Set.of());
		assertThat(faults(p)).containsExactlyInAnyOrder("partyStatus:person.error.partyIncomplete",
				"joinedPartyOn:person.error.partyIncomplete");
	}

	@Test
	void refusesJoiningThePartyBeforeEighteen() {
		PersonData p = new PersonData(valid.name(), valid.gender(), "汉族", valid.birthDate(), valid.idNumber(), null, null,
				VILLAGE, 7L, valid.birthDate().plusYears(18).minusDays(1), PartyStatus.PROBATIONARY, null, null, null, Set.of());
		assertThat(faults(p)).containsExactly("joinedPartyOn:person.error.joinedTooYoung");
	}

	@Test
	void refusesAHouseholdRegistrationAboveVillageLevel() {
		PersonData p = new PersonData(valid.name(), valid.gender(), "汉族", valid.birthDate(), valid.idNumber(), null, null,
				"350424100", null, null, null, null, null, null, Set.of());
		Map<String, Division> divisions = Map.of("350424100",
				new Division("350424100", "翠江镇", DivisionLevel.TOWNSHIP, "350424", null));
		assertThat(PersonRules.checkReferences(p, divisions, Map.of())).extracting(FieldFault::field)
			.containsExactly("householdDivisionCode");
	}

	@Test
	void refusesAnUnknownDivisionAndAnUnknownOrganization() {
		PersonData p = PersonFixtures.member("李明", VILLAGE, 999_999L);
		assertThat(PersonRules.checkReferences(p, Map.of(), Map.of())).extracting(FieldFault::field)
			.containsExactly("householdDivisionCode", "organizationId");
	}

	@Test
	void refusesADissolvedOrganization() {
		PersonData p = PersonFixtures.member("李明", VILLAGE, 5L);
		Map<String, Division> divisions = Map.of(VILLAGE,
				new Division(VILLAGE, "城西村委会", DivisionLevel.VILLAGE, "350424100", CommitteeKind.VILLAGE));
		Map<Long, OrganizationView> organizations = Map.of(5L,
				new OrganizationView(5, "城西村党支部", OrganizationKind.VILLAGE_BRANCH, null, VILLAGE, 1L, 2, true));
		assertThat(PersonRules.checkReferences(p, divisions, organizations)).extracting(FieldFault::messageKey)
			.containsExactly("person.error.organizationDissolved");
	}

	@Test
	void neverPrintsTheFullIdNumberOrMobile() {
		assertThat(valid.toString()).doesNotContain(valid.idNumber()).doesNotContain(valid.mobile())
			.contains(valid.idNumber().substring(0, 6));
	}

	private static List<String> faults(PersonData p) {
		return PersonRules.check(p, TODAY).stream().map(f -> f.field() + ":" + f.messageKey()).toList();
	}

	private static PersonData with(PersonData p, String idNumber, LocalDate birthDate, Gender gender) {
		return new PersonData(p.name(), gender, p.ethnicity(), birthDate, idNumber, p.mobile(), p.education(),
				p.householdDivisionCode(), p.organizationId(), p.joinedPartyOn(), p.partyStatus(), p.cadreRank(),
				p.workplace(), p.departmentKind(), p.tags());
	}
}

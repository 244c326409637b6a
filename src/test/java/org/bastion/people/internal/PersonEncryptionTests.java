package org.bastion.people.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.bastion.IntegrationTest;
import org.bastion.common.PageRequest;
import org.bastion.people.PeopleTestData;
import org.bastion.people.PersonData;
import org.bastion.people.PersonFixtures;
import org.bastion.people.PersonView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

/** ID numbers and phones at rest: sealed in their columns, found by keyed hash, opened only for who may see them. */
@IntegrationTest
@WithMockUser(username = "admin", authorities = {"person:read", "person:write", "person:view-full-id"})
class PersonEncryptionTests {

	@Autowired
	PersonManagement people;
	@Autowired
	PersonRepository repository;
	@Autowired
	PeopleTestData data;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	org.springframework.jdbc.core.JdbcTemplate template;
	@Autowired
	org.springframework.core.env.Environment env;

	@Test
	void storesTheIdNumberAndMobileEncryptedAndOpensThemAgain() {
		PersonData resident = withMobile(PersonFixtures.resident(PeopleTestData.uniqueName("陈"), data.village()), "13698765432");
		PersonView person = people.register(resident);

		Map<String, Object> stored = jdbc.sql("select id_number, mobile, id_number_hash, mobile_hash from person where id = ?")
			.param(person.id()).query().singleRow();
		assertThat((String) stored.get("id_number")).startsWith("v1:").doesNotContain(resident.idNumber())
			.doesNotContain(resident.idNumber().substring(10));
		assertThat((String) stored.get("mobile")).startsWith("v1:").doesNotContain("13698765432").doesNotContain("5432");
		assertThat((String) stored.get("id_number_hash")).hasSize(64).doesNotContain(resident.idNumber());
		assertThat((String) stored.get("mobile_hash")).hasSize(64);

		PersonManagement.FullNumbers full = people.fullNumbers(person.id());
		assertThat(full.idNumber()).isEqualTo(resident.idNumber());
		assertThat(full.mobile()).isEqualTo("13698765432");
		assertThat(full.toString()).doesNotContain(resident.idNumber());
	}

	@Test
	void findsAPersonByFullIdNumberOrMobileThroughTheKeyedHash() {
		PersonData resident = withMobile(PersonFixtures.resident(PeopleTestData.uniqueName("林"), data.village()), "13511112222");
		PersonView person = people.register(resident);

		assertThat(repository.idsByIdNumber(List.of(resident.idNumber()))).containsEntry(resident.idNumber(), person.id());
		assertThat(people.search(new PersonQuery(resident.idNumber(), null, null, null, null, null, null), PageRequest.of(0, 5))
			.items()).extracting(PersonView::id).containsExactly(person.id());
		assertThat(people.search(new PersonQuery("13511112222", null, null, null, null, null, null), PageRequest.of(0, 50))
			.items()).extracting(PersonView::id).contains(person.id());
		assertThat(repository.idNumberTaken(resident.idNumber(), null)).isTrue();
		assertThat(repository.idNumberTaken(resident.idNumber(), person.id())).isFalse();
	}

	@Test
	void sealsRowsLeftInPlainTextFromBeforeEncryption() {
		PersonData resident = PersonFixtures.resident(PeopleTestData.uniqueName("郑"), data.village());
		PersonView person = people.register(resident);
		jdbc.sql("update person set id_number = ?, mobile = ?, id_number_hash = null, mobile_hash = null where id = ?")
			.params(resident.idNumber(), "13800001234", person.id()).update();

		assertThat(repository.resealStale()).isEqualTo(1);

		assertThat(jdbc.sql("select id_number from person where id = ?").param(person.id()).query(String.class).single())
			.startsWith("v1:");
		assertThat(repository.idsByIdNumber(List.of(resident.idNumber()))).containsEntry(resident.idNumber(), person.id());
		assertThat(people.fullNumbers(person.id()).idNumber()).isEqualTo(resident.idNumber());
	}

	@Test
	void afterAKeyRotationEveryValueIsSealedAnewWithTheNewKeyAndStillFound() {
		PersonData resident = PersonFixtures.resident(PeopleTestData.uniqueName("钱"), data.village());
		PersonView person = people.register(resident);
		byte[] testKey = java.util.Base64.getDecoder().decode(env.getProperty(PersonalDataKeys.ENCRYPTION));
		byte[] hashKey = java.util.Base64.getDecoder().decode(env.getProperty(PersonalDataKeys.HASH));
		byte[] newKey = PersonalDataCipherTests.key(7);
		PersonRepository rotated = new PersonRepository(jdbc, template,
				new PersonalDataCipher(2, Map.of(1, testKey, 2, newKey), hashKey));
		try {
			assertThat(rotated.resealStale()).isGreaterThan(0);
			assertThat(jdbc.sql("select id_number from person where id = ?").param(person.id()).query(String.class).single())
				.startsWith("v2:");
			assertThat(jdbc.sql("select count(*) from person where id_number not like 'v2:%'").query(Long.class).single())
				.isZero();
			assertThat(rotated.find(person.id()).orElseThrow().data().idNumber()).isEqualTo(resident.idNumber());
			assertThat(rotated.idsByIdNumber(List.of(resident.idNumber()))).containsEntry(resident.idNumber(), person.id());
		}
		finally {
			// back to the test key for every other test
			new PersonRepository(jdbc, template, new PersonalDataCipher(1, Map.of(1, testKey, 2, newKey), hashKey))
				.resealStale();
		}
		assertThat(people.fullNumbers(person.id()).idNumber()).isEqualTo(resident.idNumber());
	}

	@Test
	void anEditFormThatLeavesTheNumbersBlankKeepsTheStoredOnes() {
		PersonData resident = withMobile(PersonFixtures.resident(PeopleTestData.uniqueName("吴"), data.village()), "13722223333");
		PersonView person = people.register(resident);
		PersonData renamed = new PersonData(resident.name() + "改", resident.gender(), resident.ethnicity(),
				resident.birthDate(), null, null, resident.education(), resident.householdDivisionCode(), null, null, null,
				null, null, null, resident.tags());

		people.changeKeepingIdNumber(person.id(), person.version(), renamed);

		PersonManagement.FullNumbers full = people.fullNumbers(person.id());
		assertThat(full.idNumber()).isEqualTo(resident.idNumber());
		assertThat(full.mobile()).isEqualTo("13722223333");
	}

	private static PersonData withMobile(PersonData d, String mobile) {
		return new PersonData(d.name(), d.gender(), d.ethnicity(), d.birthDate(), d.idNumber(), mobile, d.education(),
				d.householdDivisionCode(), d.organizationId(), d.joinedPartyOn(), d.partyStatus(), d.cadreRank(),
				d.workplace(), d.departmentKind(), d.tags());
	}
}

package org.bastion.people;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

import org.bastion.common.ChineseIdNumber;
import org.bastion.common.Gender;
import org.bastion.people.PersonData;

/** Valid persons and ID numbers for tests; every ID number made here is new in the run. */
public final class PersonFixtures {

	/** 宁化县 */
	public static final String REGION = "350424";
	/** 三元区: ID numbers are issued there, where the Ninghua demo data never issues any, so they cannot collide. */
	public static final String ID_REGION = "350403";
	private static final Set<String> USED = ConcurrentHashMap.newKeySet();

	private PersonFixtures() {
	}

	/** A valid number for someone born on that day, of that gender, with the given sequence (0–499). */
	public static String idNumber(LocalDate birthDate, Gender gender, int sequence) {
		int seq = sequence * 2 + (gender == Gender.MALE ? 1 : 0);
		String first17 = ID_REGION + birthDate.format(DateTimeFormatter.BASIC_ISO_DATE) + String.format("%03d", seq % 1000);
		return first17 + ChineseIdNumber.checkCharacter(first17);
	}

	/**
	 * A fresh valid number near the given birth date (within a year after it), random so that runs
	 * against a database that keeps rows from earlier runs do not collide.
	 */
	public static String freshIdNumber(LocalDate birthDate, Gender gender) {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		while (true) {
			String id = idNumber(birthDate.plusDays(random.nextInt(365)), gender, random.nextInt(500));
			if (USED.add(id)) {
				return id;
			}
		}
	}

	public static PersonData resident(String name, String villageCode) {
		LocalDate born = LocalDate.of(1990, 3, 14);
		String id = freshIdNumber(born, Gender.FEMALE);
		ChineseIdNumber number = new ChineseIdNumber(id);
		return new PersonData(name, Gender.FEMALE, Ethnicities.HAN, number.birthDate(), id, "13800001234",
				EducationLevel.SENIOR_HIGH, villageCode, null, null, null, null, null, null, Set.of());
	}

	public static PersonData member(String name, String villageCode, long organizationId) {
		LocalDate born = LocalDate.of(1985, 7, 1);
		String id = freshIdNumber(born, Gender.MALE);
		ChineseIdNumber number = new ChineseIdNumber(id);
		return new PersonData(name, Gender.MALE, "畲族", number.birthDate(), id, null, EducationLevel.BACHELOR, villageCode,
				organizationId, number.birthDate().plusYears(25), PartyStatus.FULL, CadreRank.SECTION_CHIEF, "县农业农村局",
				null, Set.of(PersonTag.MENTOR));
	}
}

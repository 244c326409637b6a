package org.bastion.demo;

import java.time.LocalDate;
import java.util.Random;
import java.util.Set;

import org.bastion.common.Gender;
import org.bastion.organization.DepartmentKind;
import org.bastion.people.CadreRank;
import org.bastion.people.EducationLevel;
import org.bastion.people.Ethnicities;
import org.bastion.people.PartyStatus;
import org.bastion.people.PersonData;
import org.bastion.people.PersonTag;

/** Makes plausible generated persons: name, ID number, birth date, education and phone agree. */
final class PersonFactory {

	private static final String[] MOBILE_PREFIXES = {"133", "135", "137", "138", "139", "150", "151", "158", "159",
			"177", "180", "187", "189", "199"};

	private final Random random;
	private final NameGenerator names;
	private final IdNumberGenerator idNumbers;
	private final LocalDate today;

	PersonFactory(Random random, LocalDate today) {
		this.random = random;
		this.names = new NameGenerator(random);
		this.idNumbers = new IdNumberGenerator(random);
		this.today = today;
	}

	Random random() {
		return random;
	}

	/** What a generated person is: where they live and what they are in the Party and at work. */
	record Profile(String villageCode, int minAge, int maxAge, Long organizationId, CadreRank rank, String workplace,
			DepartmentKind departmentKind, Set<PersonTag> tags, EducationLevel[] educations, double maleShare,
			Gender gender) {
	}

	PersonData make(Profile p) {
		Gender gender = p.gender() != null ? p.gender() : random.nextDouble() < p.maleShare() ? Gender.MALE : Gender.FEMALE;
		LocalDate birth = today.minusYears(p.minAge()).minusDays(random.nextInt((p.maxAge() - p.minAge()) * 365 + 1));
		String region = p.villageCode().substring(0, 6);
		String idNumber = idNumbers.next(region, birth, gender);
		EducationLevel education = p.educations()[random.nextInt(p.educations().length)];
		String ethnicity = region.equals("350424") && random.nextInt(60) == 0 ? "畲族" : Ethnicities.HAN;
		LocalDate joined = null;
		PartyStatus status = null;
		if (p.organizationId() != null) {
			LocalDate earliest = birth.plusYears(20);
			long span = Math.max(1, today.toEpochDay() - earliest.toEpochDay());
			joined = earliest.plusDays(random.nextLong(span));
			status = joined.isAfter(today.minusYears(1)) ? PartyStatus.PROBATIONARY : PartyStatus.FULL;
		}
		return new PersonData(names.name(gender), gender, ethnicity, birth, idNumber, mobile(), education,
				p.villageCode(), p.organizationId(), joined, status, p.rank(), p.workplace(), p.departmentKind(),
				p.tags() == null ? Set.of() : p.tags());
	}

	private String mobile() {
		return MOBILE_PREFIXES[random.nextInt(MOBILE_PREFIXES.length)] + String.format("%08d", random.nextInt(100_000_000));
	}
}

package org.bastion.demo;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.Set;
import java.util.random.RandomGenerator;

import org.bastion.common.ChineseIdNumber;
import org.bastion.common.Gender;

/**
 * Valid, unique ID numbers (GB 11643) for generated people: region code, birth date, a sequence
 * whose parity gives the gender, and the computed check character.
 */
final class IdNumberGenerator {

	private static final DateTimeFormatter BASIC = DateTimeFormatter.BASIC_ISO_DATE;

	private final RandomGenerator random;
	private final Set<String> issued = new HashSet<>();

	IdNumberGenerator(RandomGenerator random) {
		this.random = random;
	}

	String next(String regionCode, LocalDate birthDate, Gender gender) {
		String prefix = regionCode + birthDate.format(BASIC);
		for (int attempt = 0; attempt < 1_000; attempt++) {
			int sequence = random.nextInt(500) * 2 + (gender == Gender.MALE ? 1 : 0);
			String first17 = prefix + String.format("%03d", sequence);
			String number = first17 + ChineseIdNumber.checkCharacter(first17);
			if (issued.add(number)) {
				return number;
			}
		}
		throw new IllegalStateException("no free ID number left for " + prefix);
	}
}

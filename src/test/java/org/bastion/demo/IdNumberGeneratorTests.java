package org.bastion.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;

import org.bastion.common.ChineseIdNumber;
import org.bastion.common.Gender;
import org.junit.jupiter.api.Test;

class IdNumberGeneratorTests {

	@Test
	void generatedNumbersAreValidUniqueAndAgreeWithBirthDateAndGender() {
		IdNumberGenerator generator = new IdNumberGenerator(new Random(7));
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < 2_000; i++) {
			LocalDate birth = LocalDate.of(1990, 1, 1).plusDays(i % 3);
			Gender gender = i % 2 == 0 ? Gender.MALE : Gender.FEMALE;
			ChineseIdNumber number = ChineseIdNumber.parse(generator.next("350424", birth, gender));
			assertThat(number.birthDate()).isEqualTo(birth);
			assertThat(number.gender()).isEqualTo(gender);
			assertThat(seen.add(number.value())).isTrue();
		}
	}

	@Test
	void theSameSeedGivesTheSameNames() {
		NameGenerator first = new NameGenerator(new Random(42));
		NameGenerator second = new NameGenerator(new Random(42));
		for (int i = 0; i < 100; i++) {
			assertThat(first.name(Gender.FEMALE)).isEqualTo(second.name(Gender.FEMALE)).hasSizeBetween(2, 3);
		}
	}
}

package org.bastion.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class ChineseIdNumberTests {

	// a number built by the GB 11643 rule: region 350424, born 1990-03-07, sequence 123 (odd: male)
	private static final String FIRST17 = "35042419900307123";
	private static final String VALID = FIRST17 + ChineseIdNumber.checkCharacter(FIRST17);

	@Test
	void computesTheCheckCharacterOfTheStandardsExample() {
		// GB 11643-1999's worked example: 11010519491231002X
		assertThat(ChineseIdNumber.checkCharacter("11010519491231002")).isEqualTo('X');
		assertThat(ChineseIdNumber.check("11010519491231002X")).isEmpty();
	}

	@Test
	void readsBirthDateGenderAndRegionFromTheNumber() {
		ChineseIdNumber number = ChineseIdNumber.parse(VALID);
		assertThat(number.birthDate()).isEqualTo(LocalDate.of(1990, 3, 7));
		assertThat(number.gender()).isEqualTo(Gender.MALE);
		assertThat(number.regionCode()).isEqualTo("350424");
	}

	@Test
	void refusesANumberWhoseCheckDigitIsWrong() {
		char wrong = VALID.charAt(17) == '0' ? '1' : '0';
		assertThat(ChineseIdNumber.check(FIRST17 + wrong)).contains(ChineseIdNumber.Fault.checkDigit);
		assertThatIllegalArgumentException().isThrownBy(() -> ChineseIdNumber.parse(FIRST17 + wrong));
	}

	@Test
	void refusesWrongLengthLettersAndImpossibleDates() {
		assertThat(ChineseIdNumber.check("35042419900307")).contains(ChineseIdNumber.Fault.length);
		assertThat(ChineseIdNumber.check("3504241990030A1231")).contains(ChineseIdNumber.Fault.format);
		String feb30 = "35042419900230123";
		assertThat(ChineseIdNumber.check(feb30 + ChineseIdNumber.checkCharacter(feb30)))
			.contains(ChineseIdNumber.Fault.birthDate);
	}

	@Test
	void acceptsALowerCaseXAsClerksTypeIt() {
		assertThat(ChineseIdNumber.parse("11010519491231002x").value()).isEqualTo("11010519491231002X");
	}

	@Test
	void masksAllButRegionAndLastFourDigits() {
		assertThat(ChineseIdNumber.mask("350424199003071234")).isEqualTo("350424********1234");
		assertThat(MobileNumbers.mask("13812345678")).isEqualTo("138****5678");
	}
}

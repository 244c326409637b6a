package org.bastion.access.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.bastion.common.DomainException;
import org.junit.jupiter.api.Test;

class PasswordPolicyTests {

	@Test
	void acceptsEightCharactersOfThreeClasses() {
		assertThat(PasswordPolicy.acceptable("abcDEF12")).isTrue();
		assertThat(PasswordPolicy.acceptable("abcdef1!")).isTrue();
		assertThat(PasswordPolicy.acceptable("ABCDEF1!")).isTrue();
		assertThat(PasswordPolicy.acceptable("宁化abcD12")).isTrue();
	}

	@Test
	void refusesShortPasswordsAndTwoClasses() {
		assertThat(PasswordPolicy.acceptable("abC1!")).isFalse();
		assertThat(PasswordPolicy.acceptable("abcdefgh12")).isFalse();
		assertThat(PasswordPolicy.acceptable("ABCDEFGHij")).isFalse();
		assertThat(PasswordPolicy.acceptable("12345678!!")).isFalse();
		assertThat(PasswordPolicy.acceptable("")).isFalse();
		assertThat(PasswordPolicy.acceptable(null)).isFalse();
	}

	@Test
	void theRefusalNamesTheFieldAndTheRule() {
		assertThatThrownBy(() -> PasswordPolicy.check("newPassword", "password", "someone"))
			.isInstanceOfSatisfying(DomainException.class, ex -> {
				assertThat(ex.faults()).singleElement().satisfies(f -> {
					assertThat(f.field()).isEqualTo("newPassword");
					assertThat(f.messageKey()).isEqualTo("access.password.policy");
				});
			});
	}

	@Test
	void refusesCommonPasswordsAlsoWithDigitsOrSymbolsAround() {
		assertThat(PasswordPolicy.acceptable("Password1")).isFalse();
		assertThat(PasswordPolicy.acceptable("Qwerty123")).isFalse();
		assertThat(PasswordPolicy.acceptable("Ninghua2026")).isFalse();
		assertThat(PasswordPolicy.acceptable("P@ssw0rd1")).isFalse();
		assertThat(PasswordPolicy.acceptable("1Qaz2wsx!")).isFalse();
		assertThat(PasswordPolicy.fault("password", "Iloveyou2026!", "x")).get()
			.extracting(DomainException.FieldFault::messageKey).isEqualTo("access.password.common");
		assertThat(PasswordPolicy.acceptable("Ninghua-Tea-Hill7")).isTrue();
	}

	@Test
	void refusesAPasswordContainingTheUserName() {
		assertThat(PasswordPolicy.fault("password", "Anle-Admin1", "anle-admin")).get()
			.extracting(DomainException.FieldFault::messageKey).isEqualTo("access.password.personal");
		assertThat(PasswordPolicy.fault("password", "Anle-Admin1", "county-admin")).isEmpty();
	}

	@Test
	void refusesAPasswordOverSeventyTwoBytesWithItsOwnRule() {
		String chinese = "宁化县委组织部党建工作管理平台安全密码很长很长很长很长很长很长很长很长很长很".substring(0, 34) + "Aa1";
		assertThat(PasswordPolicy.fault("password", chinese, "x")).get()
			.extracting(DomainException.FieldFault::messageKey).isEqualTo("access.password.tooLong");
		assertThat(PasswordPolicy.fault("password", "宁化县委组织部党建工作管理平台安全密Aa1", "x")).isEmpty();
	}
}

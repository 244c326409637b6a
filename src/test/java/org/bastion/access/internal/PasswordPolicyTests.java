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
		assertThatThrownBy(() -> PasswordPolicy.check("newPassword", "password"))
			.isInstanceOfSatisfying(DomainException.class, ex -> {
				assertThat(ex.faults()).singleElement().satisfies(f -> {
					assertThat(f.field()).isEqualTo("newPassword");
					assertThat(f.messageKey()).isEqualTo("access.password.policy");
				});
			});
	}
}

package org.bastion.people.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.Test;

class PersonalDataCipherTests {

	static final byte[] KEY_1 = key(1);
	static final byte[] KEY_2 = key(2);
	static final byte[] HASH_KEY = key(9);
	static final String ID = "350424199001011234";

	static byte[] key(int fill) {
		byte[] key = new byte[32];
		java.util.Arrays.fill(key, (byte) fill);
		return key;
	}

	final PersonalDataCipher cipher = new PersonalDataCipher(1, Map.of(1, KEY_1), HASH_KEY);

	@Test
	void opensWhatItSealedAndNeverShowsThePlainText() {
		String sealed = cipher.encrypt(ID);
		assertThat(sealed).startsWith("v1:").doesNotContain(ID).doesNotContain("1234");
		assertThat(cipher.decrypt(sealed)).isEqualTo(ID);
	}

	@Test
	void sealsTheSameNumberDifferentlyEachTimeWithAFreshNonce() {
		String first = cipher.encrypt(ID);
		String second = cipher.encrypt(ID);
		assertThat(first).isNotEqualTo(second);
		byte[] a = Base64.getDecoder().decode(first.substring(3));
		byte[] b = Base64.getDecoder().decode(second.substring(3));
		assertThat(java.util.Arrays.copyOf(a, 12)).isNotEqualTo(java.util.Arrays.copyOf(b, 12));
		assertThat(a).hasSize(12 + ID.length() + 16);
	}

	@Test
	void refusesAnAlteredValue() {
		String sealed = cipher.encrypt(ID);
		byte[] bytes = Base64.getDecoder().decode(sealed.substring(3));
		bytes[20] ^= 1;
		String altered = "v1:" + Base64.getEncoder().encodeToString(bytes);
		assertThatThrownBy(() -> cipher.decrypt(altered)).isInstanceOf(IllegalStateException.class);
	}

	@Test
	void aNewKeyVersionSealsNewValuesAndStillOpensOldOnes() {
		String old = cipher.encrypt(ID);
		PersonalDataCipher rotated = new PersonalDataCipher(2, Map.of(1, KEY_1, 2, KEY_2), HASH_KEY);
		assertThat(rotated.decrypt(old)).isEqualTo(ID);
		assertThat(rotated.encrypt(ID)).startsWith("v2:");
		assertThatThrownBy(() -> cipher.decrypt(rotated.encrypt(ID))).hasMessageContaining("version 2");
	}

	@Test
	void theKeyedHashIsStableAndDependsOnTheKey() {
		assertThat(cipher.hash(ID)).hasSize(64).isEqualTo(cipher.hash(ID)).isNotEqualTo(cipher.hash("350424199001011235"));
		assertThat(new PersonalDataCipher(1, Map.of(1, KEY_1), KEY_2).hash(ID)).isNotEqualTo(cipher.hash(ID));
	}

	@Test
	void refusesAKeyThatIsNot32Bytes() {
		assertThatThrownBy(() -> new PersonalDataCipher(1, Map.of(1, new byte[16]), HASH_KEY))
			.isInstanceOf(IllegalArgumentException.class);
	}
}

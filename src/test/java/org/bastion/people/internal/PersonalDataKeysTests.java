package org.bastion.people.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mock.env.MockEnvironment;

class PersonalDataKeysTests {

	@TempDir
	Path data;

	@Test
	void refusesToStartOnPostgresqlWithoutKeys() {
		MockEnvironment env = new MockEnvironment().withProperty("spring.datasource.url", "jdbc:postgresql://db/bastion");
		env.setActiveProfiles("postgres");
		assertThatThrownBy(() -> new PersonalDataKeys().personalDataCipher(env))
			.isInstanceOf(IllegalStateException.class).hasMessageContaining("BASTION_ENCRYPTION_KEY")
			.hasMessageContaining("BASTION_HASH_KEY");
	}

	@Test
	void generatesTheKeysOfTheEmbeddedDatabaseOnceAndKeepsThem() throws Exception {
		Path file = data.resolve("keys.properties");
		MockEnvironment env = new MockEnvironment().withProperty("spring.datasource.url", "jdbc:h2:file:./data/bastion")
			.withProperty(PersonalDataKeys.KEY_FILE, file.toString());
		PersonalDataCipher first = new PersonalDataKeys().personalDataCipher(env);
		String sealed = first.encrypt("350424199001011234");
		assertThat(Files.readString(file)).contains("encryption-key=", "hash-key=");

		PersonalDataCipher again = new PersonalDataKeys().personalDataCipher(env);
		assertThat(again.decrypt(sealed)).isEqualTo("350424199001011234");
		assertThat(again.hash("x")).isEqualTo(first.hash("x"));
	}

	@Test
	void refusesAKeyThatIsNot32BytesOfBase64() {
		MockEnvironment env = new MockEnvironment().withProperty(PersonalDataKeys.ENCRYPTION, "c2hvcnQ=")
			.withProperty(PersonalDataKeys.HASH, "c2hvcnQ=");
		assertThatThrownBy(() -> new PersonalDataKeys().personalDataCipher(env)).hasMessageContaining("32 bytes");
	}
}

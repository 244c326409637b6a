package org.bastion.people.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;

/**
 * Where the keys of {@link PersonalDataCipher} come from: {@code BASTION_ENCRYPTION_KEY} and
 * {@code BASTION_HASH_KEY} (base64 of 32 random bytes each; properties
 * {@code bastion.personal-data.encryption-key} and {@code .hash-key}), never the repository. On
 * PostgreSQL the application refuses to start without them. For the embedded H2 database of a
 * developer they are generated once into {@code ./data/keys.properties} (git-ignored, beside the
 * database they open) and read from there afterwards. Older encryption keys stay usable as
 * {@code bastion.personal-data.retired-keys.<version>} while values are re-encrypted.
 */
@Configuration(proxyBeanMethods = false)
class PersonalDataKeys {

	private static final Logger log = LoggerFactory.getLogger(PersonalDataKeys.class);
	static final String ENCRYPTION = "bastion.personal-data.encryption-key";
	static final String HASH = "bastion.personal-data.hash-key";
	static final String VERSION = "bastion.personal-data.key-version";
	static final String KEY_FILE = "bastion.personal-data.key-file";

	@Bean
	PersonalDataCipher personalDataCipher(Environment env) throws IOException {
		String encryption = env.getProperty(ENCRYPTION, "");
		String hash = env.getProperty(HASH, "");
		if (encryption.isBlank() || hash.isBlank()) {
			String url = env.getProperty("spring.datasource.url", "");
			if (env.acceptsProfiles(Profiles.of("postgres")) || !url.startsWith("jdbc:h2:")) {
				throw new IllegalStateException("Personal data cannot be protected: set BASTION_ENCRYPTION_KEY and "
						+ "BASTION_HASH_KEY to the base64 of 32 random bytes each (e.g. `openssl rand -base64 32`), "
						+ "kept outside the repository. Bastion does not start on PostgreSQL without them.");
			}
			Properties generated = embeddedKeys(Path.of(env.getProperty(KEY_FILE, "./data/keys.properties")));
			encryption = generated.getProperty("encryption-key");
			hash = generated.getProperty("hash-key");
		}
		int version = env.getProperty(VERSION, Integer.class, 1);
		Map<Integer, byte[]> keys = new HashMap<>();
		keys.put(version, decode(encryption, "BASTION_ENCRYPTION_KEY"));
		for (int v = 1; v < version; v++) {
			String retired = env.getProperty("bastion.personal-data.retired-keys." + v);
			if (retired != null && !retired.isBlank()) {
				keys.put(v, decode(retired, "bastion.personal-data.retired-keys." + v));
			}
		}
		return new PersonalDataCipher(version, keys, decode(hash, "BASTION_HASH_KEY"));
	}

	private static byte[] decode(String base64, String name) {
		try {
			byte[] key = Base64.getDecoder().decode(base64.strip());
			if (key.length != 32) {
				throw new IllegalStateException(name + " must be the base64 of exactly 32 bytes, not " + key.length);
			}
			return key;
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalStateException(name + " is not valid base64", ex);
		}
	}

	/** The keys of the embedded development database, generated into {@code file} the first time. */
	static Properties embeddedKeys(Path file) throws IOException {
		Properties keys = new Properties();
		if (Files.exists(file)) {
			try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
				keys.load(in);
			}
			return keys;
		}
		SecureRandom random = new SecureRandom();
		keys.setProperty("encryption-key", randomKey(random));
		keys.setProperty("hash-key", randomKey(random));
		Files.createDirectories(file.toAbsolutePath().getParent());
		try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			keys.store(out, "Keys of the embedded development database's personal data; never commit, never reuse in production");
		}
		try {
			Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
		}
		catch (UnsupportedOperationException ex) {
			// not a POSIX file system
		}
		log.warn("Generated the personal-data keys of the embedded database into {} (git-ignored). Production sets "
				+ "BASTION_ENCRYPTION_KEY and BASTION_HASH_KEY instead; losing this file makes the stored ID numbers "
				+ "and phones unreadable.", file.toAbsolutePath().normalize());
		return keys;
	}

	private static String randomKey(SecureRandom random) {
		byte[] key = new byte[32];
		random.nextBytes(key);
		String text = Base64.getEncoder().encodeToString(key);
		Arrays.fill(key, (byte) 0);
		return text;
	}
}

package org.bastion.audit.internal;

import java.time.Clock;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.bastion.common.OwnerOnlyFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Checkpoints anchor the chain's head outside the database: a line {@code checkpoint <id> <hash>
 * <time> <hmac>} appended to {@code checkpoints.log} in the checkpoint directory and written to the
 * application log, signed with HMAC-SHA256 under a key the database does not hold. Whoever can write
 * the audit tables can rewind the head row and cut the tail, or rewrite the whole chain, but cannot
 * make the chain reach a checkpoint's entry with its hash again, nor sign a checkpoint of their own.
 */
@Component
class AuditCheckpoints {

	private static final Logger log = LoggerFactory.getLogger(AuditCheckpoints.class);
	static final String FILE = "checkpoints.log";
	private static final String KEY_FILE = "signing.key";
	private static final String CONTEXT = "bastion-audit-checkpoint-v1";

	/** The head as it stood at {@code at}. */
	record Checkpoint(long id, String hash, Instant at) {
	}

	/** The checkpoints read back: those correctly signed, and the first line that is not (null if none). */
	record Read(List<Checkpoint> signed, String forged) {
	}

	private final AuditEntryRepository entries;
	private final CheckpointProperties properties;
	private final Environment env;
	private final Clock clock;
	private volatile byte[] key;
	private volatile Checkpoint last;

	AuditCheckpoints(AuditEntryRepository entries, CheckpointProperties properties, Environment env, Clock clock) {
		this.clock = clock;
		this.entries = entries;
		this.properties = properties;
		this.env = env;
	}

	Path file() {
		return properties.dir().resolve(FILE);
	}

	/** A checkpoint of the head as committed now, unless it is the one written last. */
	void writeHead() {
		AuditEntryRepository.Head head = entries.head();
		write(head.lastId(), head.lastHash());
	}

	synchronized void write(long id, String hash) {
		if (last == null && Files.exists(file())) {
			List<Checkpoint> written = read().signed();
			last = written.isEmpty() ? null : written.get(written.size() - 1);
		}
		if (id == 0 || (last != null && last.id() == id && last.hash().equals(hash))) {
			return;
		}
		Checkpoint checkpoint = new Checkpoint(id, hash, clock.instant());
		String line = line(checkpoint);
		try {
			OwnerOnlyFiles.directory(properties.dir());
			Files.writeString(file(), line + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
					StandardOpenOption.APPEND, StandardOpenOption.WRITE);
			OwnerOnlyFiles.file(file());
		}
		catch (IOException | UncheckedIOException ex) {
			log.error("Could not write the audit checkpoint {} into {}: the trail's head is anchored in the log only",
					line, file().toAbsolutePath(), ex);
		}
		last = checkpoint;
		log.info("audit {}", line);
	}

	Read read() {
		if (!Files.exists(file())) {
			return new Read(List.of(), null);
		}
		List<Checkpoint> signed = new ArrayList<>();
		try {
			for (String line : Files.readAllLines(file(), StandardCharsets.UTF_8)) {
				if (line.isBlank()) {
					continue;
				}
				Checkpoint checkpoint = parse(line);
				if (checkpoint == null) {
					return new Read(signed, line);
				}
				signed.add(checkpoint);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the audit checkpoints in " + file().toAbsolutePath(), ex);
		}
		return new Read(signed, null);
	}

	/** The checkpoint on the line if its signature holds, else null. */
	private Checkpoint parse(String line) {
		String[] parts = line.strip().split(" ");
		if (parts.length != 5 || !parts[0].equals("checkpoint")) {
			return null;
		}
		try {
			Checkpoint checkpoint = new Checkpoint(Long.parseLong(parts[1]), parts[2], Instant.parse(parts[3]));
			boolean valid = MessageDigest.isEqual(signature(checkpoint).getBytes(StandardCharsets.US_ASCII),
					parts[4].getBytes(StandardCharsets.US_ASCII));
			return valid && line.strip().equals(line(checkpoint)) ? checkpoint : null;
		}
		catch (NumberFormatException | DateTimeParseException ex) {
			return null;
		}
	}

	private String line(Checkpoint c) {
		return "checkpoint " + c.id() + " " + c.hash() + " " + c.at() + " " + signature(c);
	}

	private String signature(Checkpoint c) {
		return HexFormat.of().formatHex(hmac(key(), CONTEXT + "|" + c.id() + "|" + c.hash() + "|" + c.at()));
	}

	private byte[] key() {
		if (key == null) {
			key = loadKey();
		}
		return key;
	}

	private byte[] loadKey() {
		if (properties.key() != null && !properties.key().isBlank()) {
			return decode(properties.key(), "bastion.audit.checkpoint.key");
		}
		String hashKey = env.getProperty("bastion.personal-data.hash-key", "");
		if (!hashKey.isBlank()) {
			// a key of its own, derived: a checkpoint's signature says nothing about the personal-data hashes
			return hmac(decode(hashKey, "bastion.personal-data.hash-key"), CONTEXT + "|key");
		}
		return generatedKey();
	}

	/** The embedded database's key, generated once into the checkpoint directory. */
	private byte[] generatedKey() {
		Path file = properties.dir().resolve(KEY_FILE);
		try {
			OwnerOnlyFiles.directory(properties.dir());
			if (!Files.exists(file)) {
				byte[] generated = new byte[32];
				new SecureRandom().nextBytes(generated);
				Files.writeString(file, Base64.getEncoder().encodeToString(generated), StandardCharsets.US_ASCII);
				OwnerOnlyFiles.file(file);
				log.warn("Generated the audit checkpoints' signing key into {}; production derives it from "
						+ "BASTION_HASH_KEY or sets BASTION_AUDIT_CHECKPOINT_KEY", file.toAbsolutePath().normalize());
			}
			return decode(Files.readString(file, StandardCharsets.US_ASCII), file.toString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the audit checkpoints' key " + file.toAbsolutePath(), ex);
		}
	}

	private static byte[] decode(String base64, String name) {
		try {
			byte[] decoded = Base64.getDecoder().decode(base64.strip());
			if (decoded.length != 32) {
				throw new IllegalStateException(name + " must be the base64 of exactly 32 bytes, not " + decoded.length);
			}
			return decoded;
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalStateException(name + " is not valid base64", ex);
		}
	}

	private static byte[] hmac(byte[] key, String text) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key, "HmacSHA256"));
			return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", ex);
		}
	}
}

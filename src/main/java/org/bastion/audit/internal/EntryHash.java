package org.bastion.audit.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;

import org.bastion.audit.AuditEntry;

/**
 * The chain's hash: {@code sha256_hex(previousHash "|" f(id) "|" f(time) "|" f(actor) "|"
 * f(sourceAddress) "|" f(action) "|" f(entityType) "|" f(entityId) "|" f(before) "|" f(after)
 * "|" f(detail))} over UTF-8, where {@code f(null) = "-"} and {@code f(text) = length ":" text}
 * (length in UTF-16 units), so that no shift of text between fields keeps the hash, and the time
 * is UTC with microseconds, {@code 2026-01-05T08:30:00.000000Z}.
 */
public final class EntryHash {

	/** The previous hash of the first entry. */
	public static final String GENESIS = "0".repeat(64);

	static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'")
		.withZone(ZoneOffset.UTC);

	private EntryHash() {
	}

	public static String of(AuditEntry e) {
		StringBuilder text = new StringBuilder(e.previousHash());
		for (String field : new String[] {Long.toString(e.id()), time(e.occurredAt()), e.actor(), e.sourceAddress(),
				e.action().name(), e.entityType(), e.entityId(), e.before(), e.after(), e.detail()}) {
			text.append('|');
			if (field == null) {
				text.append('-');
			}
			else {
				text.append(field.length()).append(':').append(field);
			}
		}
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}

	static String time(Instant instant) {
		return TIME.format(instant);
	}
}

package org.bastion.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;

import org.bastion.audit.AuditEntry;
import org.bastion.common.audit.AuditAction;
import org.junit.jupiter.api.Test;

class EntryHashTests {

	static final Instant AT = Instant.parse("2026-01-05T08:30:00.123456Z");

	@Test
	void isTheSha256OfThePreviousHashAndTheLengthPrefixedFieldsAsDocumented() throws Exception {
		AuditEntry e = new AuditEntry(7, AT, "admin", "10.0.0.1", AuditAction.UPDATE, "organization", "12",
				"{\"name\":\"旧\"}", "{\"name\":\"新\"}", null, EntryHash.GENESIS, null);
		String text = EntryHash.GENESIS + "|1:7|27:2026-01-05T08:30:00.123456Z|5:admin|8:10.0.0.1|6:UPDATE"
				+ "|12:organization|2:12|12:{\"name\":\"旧\"}|12:{\"name\":\"新\"}|-";

		String expected = HexFormat.of()
			.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));

		assertThat(EntryHash.of(e)).isEqualTo(expected);
	}

	@Test
	void changesWhenTextMovesFromOneFieldToTheNext() {
		AuditEntry e = new AuditEntry(1, AT, "ad", "min|x", AuditAction.SIGN_IN, null, null, null, null, null,
				EntryHash.GENESIS, null);
		AuditEntry shifted = new AuditEntry(1, AT, "ad|min", "x", AuditAction.SIGN_IN, null, null, null, null, null,
				EntryHash.GENESIS, null);

		assertThat(EntryHash.of(e)).isNotEqualTo(EntryHash.of(shifted));
	}

	@Test
	void tellsAnEmptyFieldFromAMissingOne() {
		AuditEntry empty = new AuditEntry(1, AT, "admin", "", AuditAction.SIGN_IN, null, null, null, null, null,
				EntryHash.GENESIS, null);
		AuditEntry missing = new AuditEntry(1, AT, "admin", null, AuditAction.SIGN_IN, null, null, null, null, null,
				EntryHash.GENESIS, null);

		assertThat(EntryHash.of(empty)).isNotEqualTo(EntryHash.of(missing));
	}
}

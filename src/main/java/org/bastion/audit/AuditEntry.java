package org.bastion.audit;

import java.time.Instant;

import org.bastion.common.audit.AuditAction;

/**
 * One entry of the audit trail as stored. {@code before} and {@code after} are canonical JSON
 * (sorted keys, personal values masked), or null when there were no values.
 *
 * @param id gapless sequence number, 1 for the first entry
 * @param previousHash the hash of entry {@code id - 1}; 64 zeros for the first entry
 * @param hash SHA-256 over the previous hash and this entry's fields, see docs/audit.md
 */
public record AuditEntry(long id, Instant occurredAt, String actor, String sourceAddress, AuditAction action,
		String entityType, String entityId, String before, String after, String detail, String previousHash,
		String hash) {
}

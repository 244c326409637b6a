package org.bastion.audit.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.bastion.audit.AuditEntry;
import org.bastion.common.audit.AuditAction;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appends entries to the chain. Joins the caller's transaction (or starts one): the head row stays
 * locked until it ends, so concurrent appends on any node queue up and the chain never forks, and
 * an entry rolls back with the change it records.
 */
@Component
class AuditChain {

	/** What the caller knows of a new entry; the chain adds id, time and hashes. */
	record Draft(String actor, String sourceAddress, AuditAction action, String entityType, String entityId,
			String before, String after, String detail) {
	}

	private final AuditEntryRepository entries;
	private final Clock clock;

	AuditChain(AuditEntryRepository entries) {
		this.entries = entries;
		this.clock = Clock.systemUTC();
	}

	@Transactional
	AuditEntry append(Draft d) {
		AuditEntryRepository.Head head = entries.lockHead();
		Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
		AuditEntry unhashed = new AuditEntry(head.lastId() + 1, now, d.actor(), d.sourceAddress(), d.action(),
				d.entityType(), d.entityId(), d.before(), d.after(), d.detail(), head.lastHash(), null);
		AuditEntry entry = new AuditEntry(unhashed.id(), now, d.actor(), d.sourceAddress(), d.action(), d.entityType(),
				d.entityId(), d.before(), d.after(), d.detail(), head.lastHash(), EntryHash.of(unhashed));
		entries.append(entry);
		return entry;
	}
}

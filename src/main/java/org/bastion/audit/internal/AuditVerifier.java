package org.bastion.audit.internal;

import java.util.List;

import org.bastion.audit.AuditEntry;
import org.bastion.audit.ChainVerification;
import org.bastion.audit.ChainVerification.Fault;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Walks the chain in id order, {@value #BATCH} entries in memory at a time, up to the head as it
 * was when the walk began (later appends are left for the next walk), and stops at the first
 * broken entry: one whose fields do not give its hash, whose id does not follow the one before,
 * or whose previous hash is not the hash of the one before; the last entry must be the head.
 */
@Component
public class AuditVerifier {

	static final int BATCH = 1000;

	private final AuditEntryRepository entries;
	private final int batchSize;

	@Autowired
	AuditVerifier(AuditEntryRepository entries) {
		this(entries, BATCH);
	}

	AuditVerifier(AuditEntryRepository entries, int batchSize) {
		this.entries = entries;
		this.batchSize = batchSize;
	}

	public ChainVerification verify() {
		AuditEntryRepository.Head head = entries.head();
		long previousId = 0;
		String previousHash = EntryHash.GENESIS;
		long checked = 0;
		while (true) {
			List<AuditEntry> batch = entries.batch(previousId, head.lastId(), batchSize);
			for (AuditEntry e : batch) {
				Fault fault = !EntryHash.of(e).equals(e.hash()) ? Fault.HASH_MISMATCH
						: e.id() != previousId + 1 ? Fault.MISSING_ENTRY
						: !e.previousHash().equals(previousHash) ? Fault.PREVIOUS_HASH_MISMATCH : null;
				if (fault != null) {
					return ChainVerification.broken(checked, e.id(), fault, head.lastId(), head.lastHash());
				}
				checked++;
				previousId = e.id();
				previousHash = e.hash();
			}
			if (batch.size() < batchSize) {
				break;
			}
		}
		if (previousId != head.lastId()) {
			return ChainVerification.broken(checked, head.lastId(), Fault.MISSING_ENTRY, head.lastId(), head.lastHash());
		}
		if (!previousHash.equals(head.lastHash())) {
			return ChainVerification.broken(checked, head.lastId(), Fault.HEAD_MISMATCH, head.lastId(), head.lastHash());
		}
		return ChainVerification.ok(checked, head.lastId(), head.lastHash());
	}
}

package org.bastion.audit.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.bastion.audit.AuditEntry;
import org.bastion.audit.ChainVerification;
import org.bastion.audit.ChainVerification.Fault;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Walks the chain in id order, {@value #BATCH} entries in memory at a time, up to the head as it
 * was when the walk began (later appends are left for the next walk), and stops at the first
 * broken entry: one whose fields do not give its hash, whose id does not follow the one before,
 * or whose previous hash is not the hash of the one before; the last entry must be the head. Then
 * the chain must reach every signed checkpoint with the checkpoint's hash, so that a head rewound
 * and a tail cut in the database are found too. An intact chain is checkpointed at its head.
 */
@Component
public class AuditVerifier {

	static final int BATCH = 1000;

	private final AuditEntryRepository entries;
	private final AuditCheckpoints checkpoints;
	private final int batchSize;

	@Autowired
	AuditVerifier(AuditEntryRepository entries, AuditCheckpoints checkpoints) {
		this(entries, checkpoints, BATCH);
	}

	AuditVerifier(AuditEntryRepository entries, AuditCheckpoints checkpoints, int batchSize) {
		this.entries = entries;
		this.checkpoints = checkpoints;
		this.batchSize = batchSize;
	}

	public ChainVerification verify() {
		// checkpoints before the head: every checkpoint read is then of a head no later than this one
		AuditCheckpoints.Read anchors = checkpoints.read();
		AuditEntryRepository.Head head = entries.head();
		if (anchors.forged() != null) {
			return ChainVerification.broken(0, claimedId(anchors.forged()), Fault.CHECKPOINT_FORGED, head.lastId(),
					head.lastHash());
		}
		Map<Long, String> anchored = new HashMap<>();
		long lastAnchor = 0;
		for (AuditCheckpoints.Checkpoint c : anchors.signed()) {
			String other = anchored.putIfAbsent(c.id(), c.hash());
			if (other != null && !other.equals(c.hash())) {
				return ChainVerification.broken(0, c.id(), Fault.CHECKPOINT_MISMATCH, head.lastId(), head.lastHash());
			}
			lastAnchor = Math.max(lastAnchor, c.id());
		}
		ChainVerification result = walk(head, anchored);
		if (result.intact() && lastAnchor > head.lastId()) {
			return ChainVerification.broken(result.checked(), head.lastId() + 1, Fault.BEHIND_CHECKPOINT, head.lastId(),
					head.lastHash());
		}
		if (result.intact()) {
			checkpoints.write(head.lastId(), head.lastHash());
		}
		return result;
	}

	private ChainVerification walk(AuditEntryRepository.Head head, Map<Long, String> anchored) {
		long previousId = 0;
		String previousHash = EntryHash.GENESIS;
		long checked = 0;
		while (true) {
			List<AuditEntry> batch = entries.batch(previousId, head.lastId(), batchSize);
			for (AuditEntry e : batch) {
				Fault fault = !EntryHash.of(e).equals(e.hash()) ? Fault.HASH_MISMATCH
						: e.id() != previousId + 1 ? Fault.MISSING_ENTRY
						: !e.previousHash().equals(previousHash) ? Fault.PREVIOUS_HASH_MISMATCH
						: anchored.containsKey(e.id()) && !anchored.get(e.id()).equals(e.hash()) ? Fault.CHECKPOINT_MISMATCH
						: null;
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

	private static long claimedId(String line) {
		String[] parts = line.strip().split(" ");
		try {
			return parts.length > 1 ? Long.parseLong(parts[1]) : 0;
		}
		catch (NumberFormatException ex) {
			return 0;
		}
	}
}

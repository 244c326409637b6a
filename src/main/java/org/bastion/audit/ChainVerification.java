package org.bastion.audit;

import java.io.Serializable;

/**
 * The outcome of walking the audit trail: intact, with the number of entries checked and the head
 * (last id and hash, worth writing down outside the system), or the first broken entry and what
 * is wrong with it.
 */
public record ChainVerification(boolean intact, long checked, Long brokenId, Fault fault, long headId,
		String headHash) implements Serializable {

	/** What makes an entry broken. */
	public enum Fault {
		/** the entry's fields no longer give its stored hash: it was edited */
		HASH_MISMATCH,
		/** ids jump to this entry: the entries just before it were deleted */
		MISSING_ENTRY,
		/** the entry's previous hash is not the hash of the entry before it: that one was replaced or re-hashed */
		PREVIOUS_HASH_MISMATCH,
		/** the last entry is not the one the chain head records: entries at the end were deleted or replaced */
		HEAD_MISMATCH,
		/** the entry's hash is not the one a signed checkpoint recorded for it: the chain was rewritten */
		CHECKPOINT_MISMATCH,
		/** the chain ends before the last signed checkpoint: entries from here on were deleted and the head rewound */
		BEHIND_CHECKPOINT,
		/** a line of the checkpoint file is not correctly signed: the file was edited */
		CHECKPOINT_FORGED
	}

	public static ChainVerification ok(long checked, long headId, String headHash) {
		return new ChainVerification(true, checked, null, null, headId, headHash);
	}

	public static ChainVerification broken(long checked, long brokenId, Fault fault, long headId, String headHash) {
		return new ChainVerification(false, checked, brokenId, fault, headId, headHash);
	}
}

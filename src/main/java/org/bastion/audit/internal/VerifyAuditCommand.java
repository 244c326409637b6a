package org.bastion.audit.internal;

import java.util.List;

import org.bastion.audit.ChainVerification;
import org.bastion.common.Command;
import org.bastion.common.Commands;
import org.springframework.stereotype.Component;

/**
 * {@code verify-audit}: walks the whole audit trail and checks it against the signed checkpoints.
 * Exit code 0 when intact (printing the count and the head's id and hash, and checkpointing the
 * head), 1 when broken (printing the first broken entry).
 */
@Component
class VerifyAuditCommand implements Command {

	private final AuditVerifier verifier;
	private final AuditCheckpoints checkpoints;

	VerifyAuditCommand(AuditVerifier verifier, AuditCheckpoints checkpoints) {
		this.verifier = verifier;
		this.checkpoints = checkpoints;
	}

	@Override
	public String name() {
		return Commands.VERIFY_AUDIT;
	}

	@Override
	public String usage() {
		return "  (no options) verifies every entry's hash, its link to the one before and the signed checkpoints";
	}

	@Override
	public int run(List<String> args) {
		ChainVerification result = verifier.verify();
		if (result.intact()) {
			System.out.printf("audit trail intact: %d entries; head entry %d, hash %s%n", result.checked(), result.headId(),
					result.headHash());
			System.out.printf("checkpoint of entry %d written to %s%n", result.headId(), checkpoints.file().toAbsolutePath());
			return 0;
		}
		System.out.printf("audit trail BROKEN at entry %d: %s (%s); %d entries before it are intact%n", result.brokenId(),
				result.fault(), describe(result.fault()), result.checked());
		return 1;
	}

	static String describe(ChainVerification.Fault fault) {
		return switch (fault) {
			case HASH_MISMATCH -> "its fields no longer match its hash: it was edited";
			case MISSING_ENTRY -> "entries before it are missing: they were deleted";
			case PREVIOUS_HASH_MISMATCH -> "its previous hash is not the hash of the entry before it";
			case HEAD_MISMATCH -> "the last entry is not the one the chain head records";
			case CHECKPOINT_MISMATCH -> "its hash is not the one a signed checkpoint recorded: the chain was rewritten";
			case BEHIND_CHECKPOINT -> "the chain ends before the last signed checkpoint: entries were deleted, the head rewound";
			case CHECKPOINT_FORGED -> "a line of the checkpoint file is not correctly signed: the file was edited";
		};
	}
}

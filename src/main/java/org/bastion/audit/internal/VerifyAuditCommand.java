package org.bastion.audit.internal;

import java.util.List;

import org.bastion.audit.ChainVerification;
import org.bastion.common.Command;
import org.bastion.common.Commands;
import org.springframework.stereotype.Component;

/**
 * {@code verify-audit}: walks the whole audit trail. Exit code 0 when intact (printing the count
 * and the head's id and hash, to be noted outside the system), 1 when broken (printing the first
 * broken entry).
 */
@Component
class VerifyAuditCommand implements Command {

	private final AuditVerifier verifier;

	VerifyAuditCommand(AuditVerifier verifier) {
		this.verifier = verifier;
	}

	@Override
	public String name() {
		return Commands.VERIFY_AUDIT;
	}

	@Override
	public String usage() {
		return "  (no options) verifies every entry's hash and its link to the one before";
	}

	@Override
	public int run(List<String> args) {
		ChainVerification result = verifier.verify();
		if (result.intact()) {
			System.out.printf("audit trail intact: %d entries; head entry %d, hash %s%n", result.checked(), result.headId(),
					result.headHash());
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
		};
	}
}

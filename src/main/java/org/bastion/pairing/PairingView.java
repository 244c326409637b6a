package org.bastion.pairing;

import java.time.LocalDate;

/**
 * A pairing as other modules and pages see it.
 *
 * @param leftName display name of the left side (a person's name, an organization's name)
 * @param rightName display name of the right side (a household by its head's name)
 * @param linkType only for member pairs
 * @param runId the solver run it was confirmed from, if any
 */
public record PairingView(long id, PairingKind kind, long leftId, String leftName, long rightId, String rightName,
		String rightDivision, LinkType linkType, LocalDate startsOn, LocalDate endsOn, PairingStatus status,
		String endReason, Long runId, String explanation, long version) {
}

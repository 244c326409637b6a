package org.bastion.pairing;

import java.util.List;

/**
 * What other modules may ask about pairings. Reads see only the caller's data scope and require
 * {@code pairing:read}.
 */
public interface Pairings {

	/** Live and ended pairings in which the person is either side, live first. */
	List<PairingView> ofPerson(long personId);

	/** Live and ended pairings in which the organization is either side, live first. */
	List<PairingView> ofOrganization(long organizationId);

	/**
	 * Records a visit ({@code VISIT}, 走访) or help ({@code HELP}, 帮扶) of a live pair, with the
	 * money and results it brought; requires {@code pairing:write}. Returns the record's id.
	 */
	long recordVisit(long pairingId, String type, java.time.LocalDate on, String visitor, String content,
			java.math.BigDecimal fundsYuan, int projects, int cooperatives, int householdsEmployed);
}

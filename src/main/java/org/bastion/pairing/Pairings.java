package org.bastion.pairing;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

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

	/*
	 * For the module that owns a program's right side (selection for RESERVE_MENTOR): it has checked
	 * its own authority, so these need no pairing authority; the data scope and the hard rules apply
	 * all the same.
	 */

	/**
	 * Pairs two sides, ACTIVE from {@code startsOn}; refused (409) naming the hard rule it would
	 * break, 403 when neither side is in the caller's scope.
	 */
	PairingView pairActive(PairingKind kind, long leftId, long rightId, LocalDate startsOn);

	/** Ends a live pairing with a reason (recorded in its history and the audit trail). */
	PairingView endPairing(long pairingId, String reason, LocalDate endsOn);

	/** The live pairings of the kind whose right side is one of these, by right side id (in scope). */
	Map<Long, List<PairingView>> liveOfRights(PairingKind kind, Collection<Long> rightIds);

	/** Which of these right sides had an active (confirmed, not yet ended) pairing of the kind on the day (in scope). */
	Set<Long> rightsPairedOn(PairingKind kind, Collection<Long> rightIds, LocalDate on);
}

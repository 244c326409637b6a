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

	/**
	 * The indicator record type published (with the right side's person id) whenever a RESERVE_MENTOR
	 * pairing changes, so that the module owning the mentees re-describes their facts.
	 */
	String MENTEE_RECORDS = "reserve_mentee";

	/** Live and ended pairings in which the person is either side, live first. */
	List<PairingView> ofPerson(long personId);

	/** Live and ended pairings in which the organization is either side, live first. */
	List<PairingView> ofOrganization(long organizationId);

	/**
	 * Records a visit ({@code VISIT}, 走访) or help ({@code HELP}, 帮扶) of a live pair; requires
	 * {@code pairing:write}. What the help brought is recorded as records of its own: projects
	 * ({@code project}), ledger entries ({@code funds}) and households brought into work
	 * ({@link HouseholdWorks}), each belonging to the pairing. Returns the record's id.
	 */
	long recordVisit(long pairingId, String type, java.time.LocalDate on, String visitor, String content);

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

	/** A finished term of a pairing, recorded from the past (earlier years' pairings, an import). */
	record PastTerm(long leftId, long rightId, LocalDate startsOn, LocalDate endsOn) {
	}

	/**
	 * Records finished terms as ENDED pairings with the reason (任期届满 …), each side checked to fit the
	 * kind; the live rules (quotas, one helper) do not apply to what is over. Requires
	 * {@code pairing:write}; returns the new ids in the order given.
	 */
	List<Long> recordPastTerms(PairingKind kind, List<PastTerm> terms, String reason);

	/**
	 * Confirmed (active or ended) pairings of the kind whose right side is one of these, by right side,
	 * oldest first. Unscoped and unguarded: for indicator providers, which describe records for the
	 * engine (it applies each reader's scope); never for showing to a caller.
	 */
	Map<Long, List<PairingView>> confirmedOfRights(PairingKind kind, Collection<Long> rightIds);
}

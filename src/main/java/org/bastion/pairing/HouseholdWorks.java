package org.bastion.pairing;

import java.time.LocalDate;
import java.util.List;

/**
 * The registered poor households pairings brought into work or business (带动就业/创业), one record per
 * household and pairing. Reads need {@code pairing:read} and see the pairings of the caller's scope;
 * recording needs {@code pairing:write} and a confirmed pairing in scope.
 */
public interface HouseholdWorks {

	/** The record type of these records, for the figures and the ledger. */
	String RECORD_TYPE = "pairing_household_work";

	/** The households the pairing brought into work, earliest first. */
	List<HouseholdWork> of(long pairingId);

	/**
	 * Records that the pairing brought the household into work on the day; refused (409) when the
	 * pairing is still a proposal or already has the household, 400 for an unknown household or a day
	 * after today. Returns the record's id.
	 */
	long record(long pairingId, long householdId, WorkWay way, LocalDate on, String note);

	/** Records many at once (the demo data), each checked as {@link #record} does; returns their ids. */
	List<Long> recordAll(List<HouseholdWork> records);
}

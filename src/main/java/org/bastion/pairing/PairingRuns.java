package org.bastion.pairing;

/**
 * What other modules (the demo data, commands) may ask of the pairing solver: run it for a kind
 * within a division, confirm the whole proposal, and say what a village needs. Requires
 * {@code pairing:write}; the division must be in the caller's scope.
 */
public interface PairingRuns {

	/**
	 * A finished run: how many pairs it proposed and how many right sides it could not pair
	 * ({@code message} says so with the numbers), or why it failed.
	 */
	record RunSummary(long id, PairingKind kind, String divisionCode, String status, int paired, int shortage,
			String message) {
	}

	RunSummary solve(PairingKind kind, String divisionCode);

	/** Confirms every pair of the run's proposal not yet confirmed; returns how many became active. */
	int confirmAll(long runId);

	/** What a village needs (the principle of branch–village and first-secretary pairing); null clears it. */
	void setVillageNeed(String villageCode, VillageNeed need);
}

package org.bastion.people;

import java.util.List;
import java.util.Optional;

/** What other modules may ask about registered poor households, within the caller's data scope. */
public interface Households {

	/** How many households the caller's scope holds, and how many of them are still in poverty. */
	HouseholdFigures figures();

	Optional<HouseholdView> find(long id);

	/** The household or a not-found refusal. */
	HouseholdView get(long id);

	/** Households registered in the division or below it (a village, a township, the county), by id. */
	List<HouseholdView> inDivision(String divisionCode);

	/** The household a person heads or belongs to, if any; a person is in at most one. */
	Optional<HouseholdView> ofPerson(long personId);

	/**
	 * Registers many households at once, all or nothing, after the same checks as one by one (each
	 * needs a unique household number); returns how many were registered.
	 */
	int registerAll(List<HouseholdData> households);

	/**
	 * Records that the household left poverty in the year (脱贫), after the same checks as any change
	 * of the household; for the pairing module, whose cadre records it.
	 */
	HouseholdView recordLeftPoverty(long id, int year);
}

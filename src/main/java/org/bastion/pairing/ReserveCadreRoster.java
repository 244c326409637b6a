package org.bastion.pairing;

import java.util.Collection;

/**
 * Who counts as a reserve cadre (后备力量) for the right side of {@link PairingKind#RESERVE_MENTOR},
 * besides persons tagged {@code RESERVE_CADRE}: implemented by the module that keeps the reserve
 * pool (selection), so that the pairing engine needs no dependency on it. Optional; without an
 * implementation only the tag counts.
 */
public interface ReserveCadreRoster {

	/** Whether the person is in the reserve pool today. */
	boolean inPool(long personId);

	/** The persons in the reserve pool registered for the division or below it (anywhere when null). */
	Collection<Long> inPool(String divisionCode);
}

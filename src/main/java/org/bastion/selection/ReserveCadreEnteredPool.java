package org.bastion.selection;

import java.time.LocalDate;

/**
 * Published, in the transaction that makes it so, when a candidate enters the reserve pool after
 * an unopposed public notice: for the pairing engine (a reserve-cadre mentor) and the indicators.
 */
public record ReserveCadreEnteredPool(long candidateId, long personId, String villageCode, LocalDate enteredOn) {
}

package org.bastion.pairing;

import java.time.LocalDate;

/**
 * A registered poor household a pairing brought into work or business (带动就业/创业).
 *
 * @param householdId null only for a count migrated from the typed visit counters, whose households were never named
 */
public record HouseholdWork(long id, long pairingId, Long householdId, WorkWay way, LocalDate startedOn, String note) {
}

package org.bastion.people;

/**
 * Counts of registered poor households within the caller's data scope, for the workbench.
 *
 * @param households every registered household in scope
 * @param inPoverty those not yet out of poverty
 */
public record HouseholdFigures(long households, long inPoverty) {
}

package org.bastion.people;

/**
 * Counts of the people module within the caller's data scope, for the workbench.
 *
 * @param persons everyone registered in scope
 * @param partyMembers those of them who are Party members
 */
public record PeopleFigures(long persons, long partyMembers) {
}

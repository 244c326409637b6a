/**
 * Pairing (结对): every pairing program — branch–village, N+1, first secretaries, mentors,
 * reserve-cadre mentors, joint building, member pairs, 1+N, enterprise instructors — as one engine
 * configured per {@link org.bastion.pairing.PairingKind}, with an optimal, explainable matching
 * solver, the visits and help records of each pair, and the pairing figures.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Pairing",
		allowedDependencies = {"geography", "organization", "people", "platform", "indicators"})
package org.bastion.pairing;

/**
 * Selection (墩苗工程): village reserve-cadre selection rounds with their rules as data, the
 * 三荐两审一考察一公示 procedure with a public notice and objections, the automatic entry into the
 * reserve pool, and the pool's mentors, training, shadowing plans and assessments. See
 * {@code docs/selection.md}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Selection",
		allowedDependencies = {"people", "calendar", "organization", "geography", "access", "pairing", "platform", "indicators"})
package org.bastion.selection;

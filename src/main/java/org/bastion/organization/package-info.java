/**
 * Organization (党组织): the Party organization tree — county committee, township committees,
 * village and community branches, organ branches by department kind, enterprise, industry-chain
 * and cross-village organizations — and moves, renames and dissolutions within it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Organization", allowedDependencies = {"geography", "platform"})
package org.bastion.organization;

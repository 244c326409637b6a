package org.bastion.organization;

import java.util.Set;

/**
 * What one or more subtrees of the tree cover, read afresh: the ids of every organization in them
 * (dissolved ones included) and the division codes their live organizations are tied to within
 * their root's own division, reduced to the shortest (a township's {@code 350424107} covers its
 * villages' {@code 350424107201}; a branch tied to {@code 350424} counts for nothing). The
 * access module builds a {@link org.bastion.common.scope.DataScope} from it.
 */
public record SubtreeCoverage(Set<Long> organizationIds, Set<String> divisionPrefixes) {

	public SubtreeCoverage {
		organizationIds = Set.copyOf(organizationIds);
		divisionPrefixes = Set.copyOf(divisionPrefixes);
	}
}

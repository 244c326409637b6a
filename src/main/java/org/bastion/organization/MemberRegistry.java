package org.bastion.organization;

/**
 * Implemented by the module that keeps Party members, so that the tree can refuse to dissolve an
 * organization that still has members, or hand them over to another, without knowing about people.
 */
public interface MemberRegistry {

	long countMembers(long organizationId);

	/** Moves every member (and position) from one organization to another; returns how many moved. */
	long transferMembers(long fromOrganizationId, long toOrganizationId);
}

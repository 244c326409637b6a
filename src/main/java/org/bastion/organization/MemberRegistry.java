package org.bastion.organization;

/**
 * Implemented by the module that keeps Party members, so that the tree can refuse to dissolve an
 * organization that still has members, or hand them over to another, without knowing about people.
 * The tree works without an implementation and then counts no members (and a caller with a limited
 * scope can give no posts).
 */
public interface MemberRegistry {

	long countMembers(long organizationId);

	/**
	 * Moves every member from one organization to another; returns how many moved. Posts are not
	 * members: the organization module moves those itself.
	 */
	long transferMembers(long fromOrganizationId, long toOrganizationId);

	/**
	 * Whether the person exists and lies in the caller's data scope: a caller with a limited scope
	 * gives posts only to such persons.
	 */
	boolean isInScope(long personId);
}

package org.bastion.organization;

/**
 * Filters for listing live organizations; null or blank means "any".
 *
 * @param name text the name contains
 * @param parentId direct children of this organization only
 */
public record OrganizationSearch(String name, OrganizationKind kind, Long parentId) {

	public static OrganizationSearch byName(String name) {
		return new OrganizationSearch(name, null, null);
	}
}

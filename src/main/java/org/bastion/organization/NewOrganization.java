package org.bastion.organization;

/**
 * What it takes to found an organization.
 *
 * @param departmentKind required for organ branches, refused for every other kind
 * @param divisionCode optional; must be a known division when given
 * @param parentId null for a root; otherwise a live organization
 */
public record NewOrganization(String name, OrganizationKind kind, DepartmentKind departmentKind, String divisionCode,
		Long parentId) {
}

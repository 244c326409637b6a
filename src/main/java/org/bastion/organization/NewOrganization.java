package org.bastion.organization;

/**
 * What it takes to found an organization.
 *
 * @param departmentKind required for organ branches, refused for every other kind
 * @param divisionCode optional; when given, a known division within the one the parent (or its
 * nearest tied ancestor) governs, and within the caller's scope
 * @param parentId null for a root; otherwise a live organization
 */
public record NewOrganization(String name, OrganizationKind kind, DepartmentKind departmentKind, String divisionCode,
		Long parentId) {
}

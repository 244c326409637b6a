package org.bastion.organization;

/**
 * A Party organization as other modules see it.
 *
 * @param parentId null for a root (the county committee)
 * @param depth 0 for a root
 * @param departmentKind only for organ branches
 * @param divisionCode the division it is tied to, if any
 */
public record OrganizationView(long id, String name, OrganizationKind kind, DepartmentKind departmentKind,
		String divisionCode, Long parentId, int depth, boolean dissolved) {
}

package org.bastion.organization;

/** The kind of county department an organ branch or a cadre's workplace belongs to. */
public enum DepartmentKind {
	/** 党群机关 */
	PARTY_AND_MASS,
	/** 经济部门 */
	ECONOMIC,
	/** 涉农部门 */
	AGRICULTURE,
	/** 政法部门 */
	POLITICAL_LEGAL
}

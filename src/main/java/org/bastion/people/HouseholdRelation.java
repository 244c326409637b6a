package org.bastion.people;

/** A household member's relation to the head of household (与户主关系). */
public enum HouseholdRelation {
	/** 配偶 */
	SPOUSE,
	/** 子女 */
	CHILD,
	/** 父母 */
	PARENT,
	/** 孙子女 */
	GRANDCHILD,
	/** 其他 */
	OTHER
}

package org.bastion.selection;

/** The three ways in (三荐). */
public enum Recommendation {
	/** 个人自荐 */
	SELF,
	/** 群众推荐, with the number of recommenders */
	MASS,
	/** 组织推荐 */
	ORGANIZATION
}

package org.bastion.organization;

/** The kinds of Party organization the county runs (see docs/glossary.md). */
public enum OrganizationKind {
	/** 县委 */
	COUNTY_COMMITTEE,
	/** 乡镇党委 */
	TOWNSHIP_COMMITTEE,
	/** 村党支部 */
	VILLAGE_BRANCH,
	/** 村党总支 */
	VILLAGE_GENERAL_BRANCH,
	/** 社区党总支 */
	COMMUNITY_GENERAL_BRANCH,
	/** 小区党支部 */
	COMPOUND_BRANCH,
	/** 县直机关党支部; carries a {@link DepartmentKind} */
	ORGAN_BRANCH,
	/** 国企、央企党组织 */
	STATE_OWNED_ENTERPRISE,
	/** 非公企业党组织 */
	NON_PUBLIC_ENTERPRISE,
	/** 产业链党组织 */
	INDUSTRY_CHAIN,
	/** 联村党总支 */
	CROSS_VILLAGE_GENERAL_BRANCH;

	public boolean needsDepartmentKind() {
		return this == ORGAN_BRANCH;
	}
}

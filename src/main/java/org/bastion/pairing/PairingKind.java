package org.bastion.pairing;

/**
 * The kinds of pairing, each a configuration of the one engine: what its two sides are and how
 * many right sides a left side may take ({@code quota}), and how many live pairings of the kind one
 * right side may have ({@code helped}: configured for branch–village and joint building, where a
 * village may have two helping branches; exactly one for the others).
 */
public enum PairingKind {
	/** 支部帮村: organ branch → poor, weak or industry village (its branch) */
	BRANCH_VILLAGE(Side.ORGANIZATION, Side.ORGANIZATION, QuotaRule.CONFIGURED, QuotaRule.CONFIGURED),
	/** 党员结穷亲 N+1: cadre → registered poor households */
	N_PLUS_ONE(Side.PERSON, Side.HOUSEHOLD, QuotaRule.BY_CADRE_RANK, QuotaRule.ONE),
	/** 驻村第一书记: cadre → poor village (its branch) */
	FIRST_SECRETARY(Side.PERSON, Side.ORGANIZATION, QuotaRule.ONE, QuotaRule.ONE),
	/** 导师帮带: mentor → new village cadre or weak-branch secretary */
	MENTOR(Side.PERSON, Side.PERSON, QuotaRule.CONFIGURED, QuotaRule.ONE),
	/** 结对帮带责任人: mentor → reserve cadre, exactly one each */
	RESERVE_MENTOR(Side.PERSON, Side.PERSON, QuotaRule.ONE, QuotaRule.ONE),
	/** 机关村居联建: organ branch → village branch */
	JOINT_BUILDING(Side.ORGANIZATION, Side.ORGANIZATION, QuotaRule.CONFIGURED, QuotaRule.CONFIGURED),
	/** 连心对子: organ member → rural member or resident, a study or development pair */
	MEMBER_LINK(Side.PERSON, Side.PERSON, QuotaRule.CONFIGURED, QuotaRule.ONE),
	/** 1+N: state-owned or central enterprise → private or county enterprises */
	ONE_PLUS_N(Side.ORGANIZATION, Side.ORGANIZATION, QuotaRule.CONFIGURED, QuotaRule.ONE),
	/** 企业党建指导员: county-level leader → enterprise, one each */
	ENTERPRISE_INSTRUCTOR(Side.PERSON, Side.ORGANIZATION, QuotaRule.ONE, QuotaRule.ONE);

	private final Side left;
	private final Side right;
	private final QuotaRule quota;
	private final QuotaRule helped;

	PairingKind(Side left, Side right, QuotaRule quota, QuotaRule helped) {
		this.left = left;
		this.right = right;
		this.quota = quota;
		this.helped = helped;
	}

	public Side left() {
		return left;
	}

	public Side right() {
		return right;
	}

	public QuotaRule quota() {
		return quota;
	}

	/** How many live pairings of the kind one right side may have: {@code CONFIGURED} or {@code ONE}. */
	public QuotaRule helped() {
		return helped;
	}

	/** The kind in a URL: {@code n-plus-one}. */
	public String slug() {
		return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
	}

	public static PairingKind ofSlug(String slug) {
		return valueOf(slug.toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
	}
}

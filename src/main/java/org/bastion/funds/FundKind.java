package org.bastion.funds;

/** What a payment was (资金类别). */
public enum FundKind {
	/** 帮扶资金 */
	ASSISTANCE,
	/** 补助（安家费、生活补助、保险） */
	ALLOWANCE,
	/** 奖金（绩效奖励） */
	BONUS,
	/** 党费 */
	DUES,
	/** 帮扶折价（节省的成本、授信等） */
	HELP_VALUE,
	/** 其他 */
	OTHER
}

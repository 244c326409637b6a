package org.bastion.organization;

/** The posts of a Party organization's committee (支部委员会 / 党委). */
public enum PositionRole {
	/** 书记: one at a time per organization */
	SECRETARY,
	/** 副书记 */
	DEPUTY_SECRETARY,
	/** 委员 */
	COMMITTEE_MEMBER
}

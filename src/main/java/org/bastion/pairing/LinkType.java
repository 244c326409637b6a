package org.bastion.pairing;

/** The two types of member pair (连心对子). */
public enum LinkType {
	/** 学习对子 */
	STUDY,
	/** 发展对子 */
	DEVELOPMENT
}

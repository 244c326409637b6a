package org.bastion.people;

/** A Party member's standing. */
public enum PartyStatus {
	/** 正式党员 */
	FULL,
	/** 预备党员 */
	PROBATIONARY
}

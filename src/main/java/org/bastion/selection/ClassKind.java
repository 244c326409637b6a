package org.bastion.selection;

/** Training classes for reserve cadres. */
public enum ClassKind {
	/** 示范班 */
	DEMONSTRATION,
	/** 基础班 */
	BASIC
}

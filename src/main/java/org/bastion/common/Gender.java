package org.bastion.common;

/** 性别, as GB/T 2261.1 codes it. */
public enum Gender {
	MALE, FEMALE
}

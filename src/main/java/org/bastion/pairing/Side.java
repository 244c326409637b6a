package org.bastion.pairing;

/** What one side of a pairing is. */
public enum Side {
	ORGANIZATION, PERSON, HOUSEHOLD
}

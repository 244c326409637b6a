package org.bastion.pairing;

/** How many right sides one left side may take in a kind of pairing. */
public enum QuotaRule {
	/** by the cadre's rank: 处级 4, 正科 3, 副科 2, 一般干部 1 (configurable) */
	BY_CADRE_RANK,
	/** a configurable number for the kind */
	CONFIGURED,
	/** exactly one */
	ONE
}

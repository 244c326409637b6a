package org.bastion.geography;

/** What a village-level division is: a rural village committee or an urban residents' committee. */
public enum CommitteeKind {
	/** 村委会 / 村民委员会 / 嘎查 */
	VILLAGE,
	/** 居委会 / 社区居民委员会 / 社区: an urban community */
	RESIDENTS,
	/** special zones such as 生活区 or 管理区 */
	OTHER;

	/** Tells the kind from the official name, which is the only place the source data says it. */
	public static CommitteeKind ofName(String name) {
		if (name.contains("居委会") || name.contains("居民委员会") || name.endsWith("社区")) {
			return RESIDENTS;
		}
		if (name.endsWith("村委会") || name.endsWith("村民委员会") || name.endsWith("村") || name.endsWith("嘎查")) {
			return VILLAGE;
		}
		return OTHER;
	}
}

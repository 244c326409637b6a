package org.bastion.geography;

/**
 * An administrative division (行政区划).
 *
 * @param committeeKind only for village-level divisions
 */
public record Division(String code, String name, DivisionLevel level, String parentCode, CommitteeKind committeeKind) {

	/** The name without the committee suffix, as people say it: 南街居委会 → 南街, 陈塘村委会 → 陈塘村. */
	public String shortName() {
		if (level != DivisionLevel.VILLAGE) {
			return name;
		}
		for (String suffix : new String[] {"社区居民委员会", "居民委员会", "村民委员会", "居委会", "村委会"}) {
			if (name.endsWith(suffix) && name.length() > suffix.length()) {
				String base = name.substring(0, name.length() - suffix.length());
				return suffix.startsWith("村") && !base.endsWith("村") ? base + "村" : base;
			}
		}
		return name;
	}
}

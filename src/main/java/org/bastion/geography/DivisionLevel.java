package org.bastion.geography;

/** The five levels of 统计用区划代码, with the length of their codes. */
public enum DivisionLevel {
	/** 省级 */
	PROVINCE(2),
	/** 地级 */
	CITY(4),
	/** 县级 */
	COUNTY(6),
	/** 乡级: 乡、镇、街道 */
	TOWNSHIP(9),
	/** 村级: 村委会、居委会 */
	VILLAGE(12);

	private final int codeLength;

	DivisionLevel(int codeLength) {
		this.codeLength = codeLength;
	}

	public int codeLength() {
		return codeLength;
	}

	public DivisionLevel parent() {
		return this == PROVINCE ? null : values()[ordinal() - 1];
	}

	public DivisionLevel child() {
		return this == VILLAGE ? null : values()[ordinal() + 1];
	}

	public static DivisionLevel ofCode(String code) {
		for (DivisionLevel level : values()) {
			if (level.codeLength == code.length()) {
				return level;
			}
		}
		throw new IllegalArgumentException("no division level has codes of length " + code.length());
	}
}

package org.bastion.people;

/**
 * Highest education completed, grouped after GB/T 4658-2006 (学历代码). Declared from lowest to
 * highest, so that rules such as "中专 and above" are {@link #isAtLeast(EducationLevel)} checks.
 */
public enum EducationLevel {
	/** 初中及以下 */
	JUNIOR_SECONDARY_OR_BELOW,
	/** 普通高中 */
	SENIOR_HIGH,
	/** 中专/职高/技校: vocational, so kept apart from 普通高中 */
	SECONDARY_VOCATIONAL,
	/** 大专 */
	JUNIOR_COLLEGE,
	/** 本科 */
	BACHELOR,
	/** 研究生 */
	POSTGRADUATE;

	public boolean isAtLeast(EducationLevel other) {
		return compareTo(other) >= 0;
	}
}

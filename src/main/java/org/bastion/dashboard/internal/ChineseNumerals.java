package org.bastion.dashboard.internal;

/** The numbering of a report's sections: 一、二、… 十、十一、… 九十九. */
final class ChineseNumerals {

	private static final String DIGITS = "〇一二三四五六七八九";

	private ChineseNumerals() {
	}

	static String of(int n) {
		if (n < 1 || n > 99) {
			return String.valueOf(n);
		}
		if (n < 10) {
			return String.valueOf(DIGITS.charAt(n));
		}
		String tens = n / 10 == 1 ? "十" : DIGITS.charAt(n / 10) + "十";
		return n % 10 == 0 ? tens : tens + DIGITS.charAt(n % 10);
	}

	/** 「一、结对帮扶」 */
	static String heading(int n, String title) {
		return of(n) + "、" + title;
	}
}

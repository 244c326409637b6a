package org.bastion.common;

import java.util.regex.Pattern;

/** Mainland mobile numbers (手机号): 11 digits starting with 1 and a network digit 3–9. */
public final class MobileNumbers {

	private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");

	private MobileNumbers() {
	}

	public static boolean isValid(String text) {
		return text != null && MOBILE.matcher(text).matches();
	}

	/** {@code 138****5678}. */
	public static String mask(String number) {
		if (number == null || number.length() < 7) {
			return number;
		}
		return number.substring(0, 3) + "****" + number.substring(number.length() - 4);
	}
}

package org.bastion.organization.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Names in natural order: a run of Arabic digits or of Chinese numerals (一 … 十, 百, 千, 零, 〇, 两)
 * compares as the number it says, so 第二党支部 comes before 第十一党支部, and 第一 … 第三 read in order
 * rather than in code-point order (第一, 第三, 第二).
 */
final class NaturalNames {

	static final Comparator<String> ORDER = NaturalNames::compare;

	private static final String DIGITS = "零一二三四五六七八九";

	private NaturalNames() {
	}

	static int compare(String a, String b) {
		List<Object> x = parts(a);
		List<Object> y = parts(b);
		for (int i = 0; i < Math.min(x.size(), y.size()); i++) {
			Object p = x.get(i);
			Object q = y.get(i);
			int c;
			if (p instanceof Long m && q instanceof Long n) {
				c = Long.compare(m, n);
			}
			else {
				c = p.toString().compareTo(q.toString());
			}
			if (c != 0) {
				return c;
			}
		}
		return Integer.compare(x.size(), y.size());
	}

	/** The name cut into text and numbers. */
	static List<Object> parts(String name) {
		List<Object> parts = new ArrayList<>();
		StringBuilder text = new StringBuilder();
		int i = 0;
		while (i < name.length()) {
			int end = i;
			while (end < name.length() && numeral(name.charAt(end))) {
				end++;
			}
			if (end > i) {
				if (!text.isEmpty()) {
					parts.add(text.toString());
					text.setLength(0);
				}
				parts.add(value(name.substring(i, end)));
				i = end;
			}
			else {
				text.append(name.charAt(i++));
			}
		}
		if (!text.isEmpty()) {
			parts.add(text.toString());
		}
		return parts;
	}

	private static boolean numeral(char c) {
		return Character.isDigit(c) || DIGITS.indexOf(c) >= 0 || "十百千〇两".indexOf(c) >= 0;
	}

	/** 十一 → 11, 二十 → 20, 一百零五 → 105, 一〇五 → 105, 12 → 12. */
	static long value(String run) {
		if (run.chars().allMatch(Character::isDigit)) {
			return run.length() > 18 ? Long.MAX_VALUE : Long.parseLong(run);
		}
		long total = 0;
		long digit = -1;
		boolean positional = true;
		for (char c : run.toCharArray()) {
			if ("十百千".indexOf(c) >= 0) {
				positional = false;
			}
		}
		if (positional) {
			for (char c : run.toCharArray()) {
				total = total * 10 + digit(c);
			}
			return total;
		}
		for (char c : run.toCharArray()) {
			int unit = switch (c) {
				case '十' -> 10;
				case '百' -> 100;
				case '千' -> 1000;
				default -> 0;
			};
			if (unit == 0) {
				digit = digit(c);
			}
			else {
				total += (digit < 0 ? 1 : digit) * unit;
				digit = -1;
			}
		}
		return total + Math.max(digit, 0);
	}

	private static int digit(char c) {
		if (Character.isDigit(c)) {
			return Character.digit(c, 10);
		}
		return switch (c) {
			case '〇', '零' -> 0;
			case '两' -> 2;
			default -> DIGITS.indexOf(c);
		};
	}
}

package org.bastion.common.audit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bastion.common.ChineseIdNumber;
import org.bastion.common.MobileNumbers;

/**
 * Masks personal values (PIPL; 等保 2.0 protection of personal information in audit records) by the
 * key they are stored under, in nested maps and lists too. Keys compare without case, {@code _} and
 * {@code -}: a key ending in {@code idnumber} keeps region and last four characters of an ID
 * number; one containing {@code mobile} or {@code phone} keeps the first three and last four digits;
 * one containing {@code password}, {@code token} or {@code secret} becomes {@value #HIDDEN}, unless
 * it is a flag (true or false), such as {@code mustChangePassword}.
 */
public final class PersonalFields {

	public static final String HIDDEN = "******";

	private static final Pattern ID_NUMBER_IN_TEXT = Pattern.compile("(?<![0-9A-Za-z])\\d{17}[\\dXx](?![0-9A-Za-z])");
	private static final Pattern MOBILE_IN_TEXT = Pattern.compile("(?<!\\d)1[3-9]\\d{9}(?!\\d)");

	private PersonalFields() {
	}

	/** A copy of {@code values} with every personal value masked; insertion order kept. */
	public static Map<String, Object> mask(Map<String, ?> values) {
		Map<String, Object> masked = new LinkedHashMap<>();
		if (values != null) {
			values.forEach((key, value) -> masked.put(key, mask(key, value)));
		}
		return masked;
	}

	/** The value as it may be shown or stored under {@code key}. */
	public static Object mask(String key, Object value) {
		if (value == null) {
			return null;
		}
		if (value instanceof Map<?, ?> map) {
			Map<String, Object> nested = new LinkedHashMap<>();
			map.forEach((k, v) -> nested.put(String.valueOf(k), mask(String.valueOf(k), v)));
			return nested;
		}
		if (value instanceof Collection<?> items) {
			List<Object> masked = new ArrayList<>(items.size());
			items.forEach(item -> masked.add(mask(key, item)));
			return masked;
		}
		return switch (kindOf(key)) {
			case ID_NUMBER -> ChineseIdNumber.mask(value.toString());
			case MOBILE -> MobileNumbers.mask(value.toString());
			// a flag such as mustChangePassword tells nothing of the secret it is about
			case SECRET -> value instanceof Boolean ? value : HIDDEN;
			case NONE -> value;
		};
	}

	/** Free text with every ID number and mobile number in it masked. */
	public static String maskText(String text) {
		if (text == null) {
			return null;
		}
		String ids = replace(ID_NUMBER_IN_TEXT, text, ChineseIdNumber::mask);
		return replace(MOBILE_IN_TEXT, ids, MobileNumbers::mask);
	}

	private static String replace(Pattern pattern, String text, java.util.function.UnaryOperator<String> masker) {
		Matcher matcher = pattern.matcher(text);
		StringBuilder out = new StringBuilder();
		while (matcher.find()) {
			matcher.appendReplacement(out, Matcher.quoteReplacement(masker.apply(matcher.group())));
		}
		matcher.appendTail(out);
		return out.toString();
	}

	private enum Kind {
		ID_NUMBER, MOBILE, SECRET, NONE
	}

	private static Kind kindOf(String key) {
		String k = key == null ? "" : key.toLowerCase(Locale.ROOT).replace("_", "").replace("-", "");
		if (k.endsWith("idnumber") || k.equals("idcard") || k.endsWith("idcardnumber")) {
			return Kind.ID_NUMBER;
		}
		if (k.contains("mobile") || k.contains("phone")) {
			return Kind.MOBILE;
		}
		if (k.contains("password") || k.contains("token") || k.contains("secret")) {
			return Kind.SECRET;
		}
		return Kind.NONE;
	}
}

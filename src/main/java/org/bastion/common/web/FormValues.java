package org.bastion.common.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.springframework.validation.BindingResult;

/**
 * Reads a form's text fields into values; a field that cannot be read is rejected on its field with the
 * given message key and read as null, so that the form comes back with what was typed and the reason.
 * Blank is null.
 */
public final class FormValues {

	private FormValues() {
	}

	public static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	public static <E extends Enum<E>> E choice(Class<E> type, String value, String field, String key, BindingResult errors) {
		if (blank(value)) {
			return null;
		}
		try {
			return Enum.valueOf(type, value.strip());
		}
		catch (IllegalArgumentException ex) {
			errors.rejectValue(field, key);
			return null;
		}
	}

	public static Long id(String value, String field, String key, BindingResult errors) {
		if (blank(value)) {
			return null;
		}
		try {
			return Long.valueOf(value.strip());
		}
		catch (NumberFormatException ex) {
			errors.rejectValue(field, key);
			return null;
		}
	}

	/** A day as yyyy-MM-dd (what an {@code <input type="date">} sends). */
	public static LocalDate date(String value, String field, String key, BindingResult errors) {
		if (blank(value)) {
			return null;
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			errors.rejectValue(field, key);
			return null;
		}
	}

	/** An amount in yuan, thousands separators (, and ，) allowed: 「100,000.50」. */
	public static BigDecimal amount(String value, String field, String key, BindingResult errors) {
		if (blank(value)) {
			return null;
		}
		try {
			return new BigDecimal(value.strip().replace(",", "").replace("，", ""));
		}
		catch (NumberFormatException ex) {
			errors.rejectValue(field, key);
			return null;
		}
	}
}

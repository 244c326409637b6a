package org.bastion.common;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A resident identity card number (居民身份证号), checked by GB 11643-1999: six digits of region,
 * eight of birth date, three of sequence (odd for men, even for women) and a check character.
 */
public record ChineseIdNumber(String value) {

	private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
	private static final char[] CHECK = "10X98765432".toCharArray();

	/** Why a text is not a valid number; the names double as message keys {@code idNumber.<name>}. */
	public enum Fault {
		length, format, birthDate, checkDigit
	}

	public ChineseIdNumber {
		Optional<Fault> fault = check(value);
		if (fault.isPresent()) {
			throw new IllegalArgumentException("invalid ID number: " + fault.get());
		}
	}

	public static ChineseIdNumber parse(String text) {
		return new ChineseIdNumber(normalize(text));
	}

	/** Trims and upper-cases the trailing x, as clerks type it either way. */
	public static String normalize(String text) {
		return text == null ? null : text.strip().toUpperCase();
	}

	public static Optional<Fault> check(String text) {
		if (text == null || text.length() != 18) {
			return Optional.of(Fault.length);
		}
		for (int i = 0; i < 17; i++) {
			if (!Character.isDigit(text.charAt(i)) || text.charAt(i) > '9') {
				return Optional.of(Fault.format);
			}
		}
		char last = text.charAt(17);
		if (!(last >= '0' && last <= '9') && last != 'X') {
			return Optional.of(Fault.format);
		}
		if (birthDateOf(text).isEmpty()) {
			return Optional.of(Fault.birthDate);
		}
		return checkCharacter(text) == last ? Optional.empty() : Optional.of(Fault.checkDigit);
	}

	public static char checkCharacter(String first17) {
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += (first17.charAt(i) - '0') * WEIGHTS[i];
		}
		return CHECK[sum % 11];
	}

	private static Optional<LocalDate> birthDateOf(String text) {
		try {
			LocalDate date = LocalDate.of(Integer.parseInt(text.substring(6, 10)), Integer.parseInt(text.substring(10, 12)),
					Integer.parseInt(text.substring(12, 14)));
			// a birth date after today is refused by the record's rules, which know the county's today
			return date.getYear() < 1900 ? Optional.empty() : Optional.of(date);
		}
		catch (DateTimeException | NumberFormatException ex) {
			return Optional.empty();
		}
	}

	public LocalDate birthDate() {
		return birthDateOf(value).orElseThrow();
	}

	public Gender gender() {
		return (value.charAt(16) - '0') % 2 == 1 ? Gender.MALE : Gender.FEMALE;
	}

	public String regionCode() {
		return value.substring(0, 6);
	}

	/** {@code 350424********1234}: region kept, birth date and sequence hidden. */
	public String masked() {
		return mask(value);
	}

	public static String mask(String value) {
		if (value == null || value.length() < 10) {
			return value == null ? null : "*".repeat(value.length());
		}
		return value.substring(0, 6) + "*".repeat(value.length() - 10) + value.substring(value.length() - 4);
	}

	@Override
	public String toString() {
		return masked();
	}
}

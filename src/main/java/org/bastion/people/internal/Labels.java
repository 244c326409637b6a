package org.bastion.people.internal;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;

/** Chinese labels of enum values, as spreadsheets show and take them: 正科 ⇄ SECTION_CHIEF. */
final class Labels {

	static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

	private Labels() {
	}

	/** Label → value, in declaration order, from the message keys {@code prefix + name()}. */
	static <E extends Enum<E>> Map<String, E> byLabel(MessageSource messages, String prefix, Class<E> type) {
		Map<String, E> labels = new LinkedHashMap<>();
		for (E value : type.getEnumConstants()) {
			labels.put(messages.getMessage(prefix + value.name(), null, CHINESE), value);
		}
		return labels;
	}

	static String label(MessageSource messages, String prefix, Enum<?> value) {
		return value == null ? null : messages.getMessage(prefix + value.name(), null, CHINESE);
	}
}

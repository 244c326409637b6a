package org.bastion.indicators;

import java.util.Locale;
import java.util.Objects;

/** A text in Chinese and English, for names and definitions that are data rather than messages. */
public record Text(String zh, String en) {

	public Text {
		Objects.requireNonNull(zh, "zh");
		en = en == null || en.isBlank() ? zh : en;
	}

	public static Text of(String zh, String en) {
		return new Text(zh, en);
	}

	/** English for an English locale, Chinese otherwise (Chinese is the platform's first language). */
	public String in(Locale locale) {
		return locale != null && "en".equals(locale.getLanguage()) ? en : zh;
	}
}

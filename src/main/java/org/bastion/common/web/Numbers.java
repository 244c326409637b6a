package org.bastion.common.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Counts and money on pages read like a report (ui.md): {@code @numbers.count(4614)} is 「4,614」,
 * {@code @numbers.money(amount)} 「1,400,000.00 元」; nothing (empty text) for a missing value.
 */
@Component("numbers")
public class Numbers {

	private static final DecimalFormatSymbols SYMBOLS = DecimalFormatSymbols.getInstance(Locale.ROOT);

	private final MessageSource messages;

	Numbers(MessageSource messages) {
		this.messages = messages;
	}

	public String count(Number n) {
		return n == null ? "" : new DecimalFormat("#,##0", SYMBOLS).format(n);
	}

	public String money(BigDecimal yuan) {
		if (yuan == null) {
			return "";
		}
		String amount = new DecimalFormat("#,##0.00", SYMBOLS).format(yuan.setScale(2, RoundingMode.HALF_UP));
		return messages.getMessage("numbers.money", new Object[] {amount}, amount + " 元", LocaleContextHolder.getLocale());
	}
}

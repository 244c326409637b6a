package org.bastion.dashboard.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

import org.bastion.indicators.IndicatorUnit;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * How a figure reads, like a report (ui.md): counts with thousands separators (「4,614」), money in yuan with
 * fen (「7,530,000.00」), rates with two decimals (「93.10」), no data as 「—」; the unit in words from the
 * engine's messages (个, 元, %, 人次). In a report's sentence money drops fen that are zero (「7,530,000」).
 */
@Component
public class FigureFormat {

	private static final DecimalFormatSymbols SYMBOLS = DecimalFormatSymbols.getInstance(Locale.ROOT);
	public static final String NO_DATA = "—";

	private final MessageSource messages;

	FigureFormat(MessageSource messages) {
		this.messages = messages;
	}

	/** The figure on a page or in a table. */
	public String text(BigDecimal value, IndicatorUnit unit) {
		if (value == null) {
			return NO_DATA;
		}
		return switch (unit) {
			case YUAN -> format("#,##0.00", value.setScale(2, RoundingMode.HALF_UP));
			case PERCENT -> format("0.00", value.setScale(2, RoundingMode.HALF_UP));
			case COUNT, PERSON_TIMES -> format("#,##0", value.setScale(0, RoundingMode.HALF_UP));
		};
	}

	/** The figure inside a sentence: as on a page, but whole yuan without 「.00」. */
	public String inSentence(BigDecimal value, IndicatorUnit unit) {
		if (value != null && unit == IndicatorUnit.YUAN && value.stripTrailingZeros().scale() <= 0) {
			return format("#,##0", value);
		}
		return text(value, unit);
	}

	/** 「分子 27，分母 29」 (in the page's language) for a ratio's parts. */
	public String ratio(BigDecimal numerator, BigDecimal denominator) {
		return messages.getMessage("dashboard.indicator.ratio",
				new Object[] {text(numerator, IndicatorUnit.COUNT), text(denominator, IndicatorUnit.COUNT)},
				LocaleContextHolder.getLocale());
	}

	/** The unit in the page's language. */
	public String unit(IndicatorUnit unit) {
		return unit(unit, LocaleContextHolder.getLocale());
	}

	public String unit(IndicatorUnit unit, Locale locale) {
		return messages.getMessage(unit.messageKey(), null, unit.name(), locale);
	}

	private static String format(String pattern, BigDecimal value) {
		return new DecimalFormat(pattern, SYMBOLS).format(value);
	}
}

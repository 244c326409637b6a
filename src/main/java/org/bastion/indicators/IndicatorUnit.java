package org.bastion.indicators;

/** What a value is measured in; the message key {@code indicator.unit.<NAME>} names it (个, 元, %, 人次). */
public enum IndicatorUnit {
	COUNT, YUAN, PERCENT, PERSON_TIMES;

	public String messageKey() {
		return "indicator.unit." + name();
	}
}

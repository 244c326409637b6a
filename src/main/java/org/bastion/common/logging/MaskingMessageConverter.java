package org.bastion.common.logging;

import org.bastion.common.audit.PersonalFields;

import ch.qos.logback.classic.pattern.MessageConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;

/**
 * The log message with every 18-character ID number and 11-digit mainland mobile in it masked
 * ({@code 350424********1234}, {@code 138****5678}), whoever logged it. {@code logback-spring.xml}
 * puts it in place of logback's own {@code %m}, {@code %msg} and {@code %message}, so that every
 * appender's pattern masks.
 */
public class MaskingMessageConverter extends MessageConverter {

	@Override
	public String convert(ILoggingEvent event) {
		return PersonalFields.maskText(super.convert(event));
	}
}

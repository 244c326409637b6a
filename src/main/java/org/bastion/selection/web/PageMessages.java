package org.bastion.selection.web;

import java.util.Locale;
import java.util.stream.Collectors;

import org.bastion.common.DomainException;
import org.springframework.context.MessageSource;

/** A refusal as one line of text for a page's flash message. */
final class PageMessages {

	private PageMessages() {
	}

	static String text(MessageSource messages, DomainException ex, Locale locale) {
		if (!ex.faults().isEmpty()) {
			return ex.faults().stream().map(f -> messages.getMessage(f.messageKey(), f.args(), f.messageKey(), locale))
				.collect(Collectors.joining("；"));
		}
		return messages.getMessage(ex.messageKey(), ex.args(), ex.messageKey(), locale);
	}
}

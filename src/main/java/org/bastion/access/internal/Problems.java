package org.bastion.access.internal;

import java.util.ArrayList;
import java.util.List;

import org.bastion.common.DomainException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** A refusal's messages in the user's language, for the access pages' forms. */
@Component
class Problems {

	private final MessageSource messages;

	Problems(MessageSource messages) {
		this.messages = messages;
	}

	List<String> of(DomainException ex) {
		List<String> texts = new ArrayList<>();
		if (ex.faults().isEmpty()) {
			texts.add(text(ex.messageKey(), ex.args()));
		}
		for (DomainException.FieldFault fault : ex.faults()) {
			texts.add(text(fault.messageKey(), fault.args()));
		}
		return texts;
	}

	private String text(String key, Object[] args) {
		return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
	}
}

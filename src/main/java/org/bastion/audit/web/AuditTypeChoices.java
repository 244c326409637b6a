package org.bastion.audit.web;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The audit filter's 对象类型 as a choice of record kinds named in the reader's language (the message
 * whose code is the type, as the modules name their records for "not found"), never an internal type
 * typed by hand. A type asked for in the address but not listed here is kept as a choice.
 */
@ControllerAdvice(assignableTypes = AuditPageController.class)
class AuditTypeChoices {

	static final List<String> TYPES = List.of("organization", "person", "household", "division", "pairing", "pairing_visit",
			"pairing_village_need", "pairing_run", "reserve_round", "reserve_candidate", "reserve_objection",
			"reserve_assessment", "reserve_class", "reserve_class_session", "reserve_shadowing_plan",
			"reserve_shadowing_placement", "user", "api_token", "official_day", "audit_entry");

	/** One choice: the stored type and its name. */
	record Choice(String type, String name) {
	}

	private final MessageSource messages;

	AuditTypeChoices(MessageSource messages) {
		this.messages = messages;
	}

	@ModelAttribute("entityTypes")
	List<Choice> entityTypes(@org.springframework.web.bind.annotation.RequestParam(required = false) String entityType,
			Locale locale) {
		java.util.stream.Stream<String> types = TYPES.stream();
		if (entityType != null && !entityType.isBlank() && !TYPES.contains(entityType.strip())) {
			types = java.util.stream.Stream.concat(types, java.util.stream.Stream.of(entityType.strip()));
		}
		Collator collator = Collator.getInstance(locale);
		return types.map(t -> new Choice(t, messages.getMessage(t, null, t, locale)))
			.sorted(Comparator.comparing(Choice::name, collator)).toList();
	}
}

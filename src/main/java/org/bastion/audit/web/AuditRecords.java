package org.bastion.audit.web;

import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * What an audited record is called and where its page is. A record kind's name is the message with its
 * type as the code (the one its module uses for "not found" too: {@code person=人员}); the pages are the
 * modules' own addresses, so the audit module needs none of their code.
 */
@Component("auditRecords")
class AuditRecords {

	private static final Map<String, Function<String, String>> PAGES = Map.ofEntries(
			Map.entry("person", id -> "/people/" + id),
			Map.entry("household", id -> "/households/" + id),
			Map.entry("organization", id -> "/organizations/" + id),
			Map.entry("division", id -> "/divisions/" + id),
			Map.entry("pairing_village_need", id -> "/divisions/" + id),
			Map.entry("pairing", id -> "/pairings/pair/" + id),
			Map.entry("pairing_run", id -> "/pairings/run/" + id),
			Map.entry("run", id -> "/pairings/run/" + id),
			Map.entry("user", id -> "/admin/users/" + id),
			Map.entry("official_day", id -> id.length() >= 4 ? "/calendar/" + id.substring(0, 4) : null),
			Map.entry("reserve_round", id -> "/reserve/rounds/" + id),
			Map.entry("reserve_candidate", id -> "/reserve/candidates/" + id),
			Map.entry("reserve_class", id -> "/reserve/classes/" + id),
			Map.entry("reserve_shadowing_plan", id -> "/reserve/plans/" + id),
			Map.entry("reserve_notice", id -> "/public/notices/" + id),
			Map.entry("audit_entry", id -> "/audit/" + id),
			Map.entry("work", id -> "/work/" + id));

	private final MessageSource messages;

	AuditRecords(MessageSource messages) {
		this.messages = messages;
	}

	/** The record kind in the reader's language; null for none, 其他记录 for a kind without a name. */
	String name(String type, Locale locale) {
		if (type == null || type.isBlank()) {
			return null;
		}
		return messages.getMessage(type, null, messages.getMessage("audit.entityType.other", null, locale), locale);
	}

	/** The record's page, or null when it has none (or the entry names no record). */
	String link(String type, String id) {
		if (type == null || id == null || id.isBlank() || !id.matches("[0-9A-Za-z_-]+") || !PAGES.containsKey(type)) {
			return null;
		}
		return PAGES.get(type).apply(id);
	}
}

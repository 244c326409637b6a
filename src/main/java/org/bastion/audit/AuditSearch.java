package org.bastion.audit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.bastion.common.audit.AuditAction;

/**
 * Which entries to list; a null or blank criterion matches everything. Dates are days in the
 * county's time zone, both included.
 */
public record AuditSearch(String actor, AuditAction action, String entityType, String entityId, LocalDate from,
		LocalDate to) {

	public AuditSearch {
		actor = blankToNull(actor);
		entityType = blankToNull(entityType);
		entityId = blankToNull(entityId);
	}

	public static AuditSearch all() {
		return new AuditSearch(null, null, null, null, null, null);
	}

	/** The criteria as text, e.g. {@code actor=admin, action=UPDATE}, for the export's own entry. */
	public String describe() {
		List<String> parts = new ArrayList<>();
		add(parts, "actor", actor);
		add(parts, "action", action);
		add(parts, "entityType", entityType);
		add(parts, "entityId", entityId);
		add(parts, "from", from);
		add(parts, "to", to);
		return parts.isEmpty() ? "all" : String.join(", ", parts);
	}

	private static void add(List<String> parts, String name, Object value) {
		if (value != null) {
			parts.add(name + "=" + value);
		}
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}

package org.bastion.audit.web;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bastion.audit.AuditEntry;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * An entry's description in the reader's language: the stored detail (the chained record, which never
 * changes) read through the known shapes the modules write, each a message {@code audit.describe.*} taking
 * the shape's parts. A detail of no known shape is shown as stored; the entry's page shows the stored one too.
 */
@Component("auditDescriptions")
class AuditDescriptions {

	private record Shape(Pattern pattern, String key) {
		static Shape of(String regex, String key) {
			return new Shape(Pattern.compile(regex), key);
		}
	}

	private static final List<Shape> SHAPES = List.of(
			Shape.of("(\\d+) rows read, (\\d+) problems, (\\d+) written", "audit.describe.import"),
			Shape.of("(\\d+) persons registered at once", "audit.describe.personsRegistered"),
			Shape.of("(\\d+) households registered at once", "audit.describe.householdsRegistered"),
			Shape.of(".*, prefix '(.*)': (\\d+) read, (\\d+) inserted, (\\d+) updated", "audit.describe.divisions"),
			Shape.of("(\\d+) organizations, ids (\\d+)–(\\d+)", "audit.describe.organizationsCreated"),
			Shape.of("moved with its subtree", "audit.describe.moved"),
			Shape.of("dissolved", "audit.describe.dissolved"),
			Shape.of("dissolved; (\\d+) children, (\\d+) members and (\\d+) posts handed over to organization (\\d+)",
					"audit.describe.dissolvedHandedOver"),
			Shape.of("\\S+ \\S*: (\\d+) pairs", "audit.describe.runProposed"),
			Shape.of("confirmed (\\d+) pairs of run (\\d+)", "audit.describe.runConfirmed"),
			Shape.of("(?s).*: (\\d+) rows", "audit.describe.exported"),
			Shape.of("roles and data scope", "audit.describe.permissions"),
			Shape.of("enabled", "audit.describe.enabled"),
			Shape.of("disabled", "audit.describe.disabled"),
			Shape.of("unlocked", "audit.describe.unlocked"),
			Shape.of("password changed by the user", "audit.describe.passwordChanged"),
			Shape.of("password reset; (\\d+) API tokens revoked, sessions ended", "audit.describe.passwordReset"),
			Shape.of("password of the separated administrator .* reset by the security administrator; (\\d+) API tokens "
					+ "revoked, sessions ended", "audit.describe.separatedPasswordReset"),
			Shape.of("(\\d+) failed sign-ins; locked for (\\d+) minutes except on known devices", "audit.describe.lockout"),
			Shape.of("import: (\\d+) ID numbers already registered", "audit.describe.idNumbersTaken"),
			Shape.of("ID number already registered", "audit.describe.idNumberTaken"),
			Shape.of("idNumber, mobile", "audit.describe.fullNumbers"),
			Shape.of("(NOT_FOUND|FORBIDDEN|INVALID|CONFLICT) [A-Z]+ (\\S+?):? .*", "audit.describe.refused"),
			Shape.of("(NOT_FOUND|FORBIDDEN|INVALID|CONFLICT) [A-Z]+ (\\S+)", "audit.describe.refused"),
			Shape.of("(NOT_FOUND|FORBIDDEN|INVALID|CONFLICT): (\\d+) more refused accesses in the minute .*",
					"audit.describe.refusedSummary"),
			Shape.of("([A-Z]\\w+Exception|AccountLocked|AddressThrottled)", "audit.describe.signInRefused"));

	private final MessageSource messages;

	AuditDescriptions(MessageSource messages) {
		this.messages = messages;
	}

	/** The entry's detail as a reader's sentence; null for none. */
	String describe(AuditEntry entry, Locale locale) {
		String detail = entry.detail();
		if (detail == null || detail.isBlank()) {
			return null;
		}
		for (Shape shape : SHAPES) {
			Matcher m = shape.pattern().matcher(detail);
			if (m.matches()) {
				Object[] parts = new Object[m.groupCount()];
				for (int i = 0; i < parts.length; i++) {
					parts[i] = part(m.group(i + 1), locale);
				}
				return messages.getMessage(shape.key(), parts, detail, locale);
			}
		}
		return detail;
	}

	/** A refusal's kind and a sign-in's exception read as words; numbers and paths as they are. */
	private String part(String value, Locale locale) {
		return value != null && value.matches("[A-Z_]+|[A-Z]\\w+Exception|AccountLocked|AddressThrottled")
				? messages.getMessage("audit.reason." + value, null, value, locale) : value;
	}
}

package org.bastion.common.audit;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Something to record in the audit trail (审计日志). Publish it with
 * {@code ApplicationEventPublisher.publishEvent(event)} inside the transaction that makes the
 * change: the entry is written synchronously in that transaction and rolls back with it, and a
 * failure to write it fails the change. Publish it last in the transaction, after the change's own
 * writes, as appending locks the head of the chain until commit.
 * <p>
 * The audit module adds the time, and the signed-in user and the request's address unless
 * {@code actor} and {@code sourceAddress} are given (they are for events outside a signed-in
 * request, such as a failed sign-in). Values of personal keys in {@code before} and {@code after}
 * are masked by {@link PersonalFields} (again) before they are stored; entity ids must not be
 * personal data.
 *
 * @param entityType what kind of record, e.g. {@code organization}; may be null for sign-ins
 * @param entityId the record's id as text; may be null for imports, exports and sign-ins
 * @param before the record's fields before the change (empty for a creation)
 * @param after the record's fields after the change (empty for a deletion)
 * @param detail a short free text, e.g. a reason or an import's file name and row count
 * @param actor who did it, only when no signed-in user stands behind the event
 * @param sourceAddress from where, only when not in the current HTTP request
 */
public record AuditEvent(AuditAction action, String entityType, String entityId, Map<String, Object> before,
		Map<String, Object> after, String detail, String actor, String sourceAddress) {

	public AuditEvent {
		Objects.requireNonNull(action, "action");
		before = copy(before);
		after = copy(after);
	}

	public static AuditEvent created(String entityType, Object entityId, Map<String, ?> after) {
		return new AuditEvent(AuditAction.CREATE, entityType, text(entityId), null, copy(after), null, null, null);
	}

	public static AuditEvent updated(String entityType, Object entityId, Map<String, ?> before, Map<String, ?> after) {
		return new AuditEvent(AuditAction.UPDATE, entityType, text(entityId), copy(before), copy(after), null, null, null);
	}

	public static AuditEvent deleted(String entityType, Object entityId, Map<String, ?> before) {
		return new AuditEvent(AuditAction.DELETE, entityType, text(entityId), copy(before), null, null, null, null);
	}

	/** An import of many records, e.g. {@code imported("person", "people.xlsx: 1203 rows")}. */
	public static AuditEvent imported(String entityType, String detail) {
		return new AuditEvent(AuditAction.IMPORT, entityType, null, null, null, detail, null, null);
	}

	/** An export, with what it selected, e.g. {@code exported("person", "organization=12: 340 rows")}. */
	public static AuditEvent exported(String entityType, String detail) {
		return new AuditEvent(AuditAction.EXPORT, entityType, null, null, null, detail, null, null);
	}

	/** A user was shown a personal field in full, e.g. {@code viewedPersonalData("person", 42, "idNumber")}. */
	public static AuditEvent viewedPersonalData(String entityType, Object entityId, String field) {
		return new AuditEvent(AuditAction.VIEW_PERSONAL_DATA, entityType, text(entityId), null, null, field, null, null);
	}

	public static AuditEvent signedIn(String username, String sourceAddress) {
		return new AuditEvent(AuditAction.SIGN_IN, "user", null, null, null, null, username, sourceAddress);
	}

	/** A refused sign-in: the name tried and why it was refused; never the password. */
	public static AuditEvent signInFailed(String username, String sourceAddress, String reason) {
		return new AuditEvent(AuditAction.SIGN_IN_FAILED, "user", null, null, null, reason, username, sourceAddress);
	}

	public static AuditEvent signedOut(String username, String sourceAddress) {
		return new AuditEvent(AuditAction.SIGN_OUT, "user", null, null, null, null, username, sourceAddress);
	}

	/** Any other action on one record, e.g. {@code of(AuditAction.TOKEN_REVOKED, "api_token", 7)}. */
	public static AuditEvent of(AuditAction action, String entityType, Object entityId) {
		return new AuditEvent(action, entityType, text(entityId), null, null, null, null, null);
	}

	public AuditEvent withDetail(String text) {
		return new AuditEvent(action, entityType, entityId, before, after, text, actor, sourceAddress);
	}

	/** The same event done by {@code who} from {@code address}, for events outside a signed-in request. */
	public AuditEvent by(String who, String address) {
		return new AuditEvent(action, entityType, entityId, before, after, detail, who, address);
	}

	private static String text(Object id) {
		return id == null ? null : id.toString();
	}

	private static Map<String, Object> copy(Map<String, ?> values) {
		return values == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(values));
	}
}

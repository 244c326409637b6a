package org.bastion.common.audit;

/** What an {@link AuditEvent} records. */
public enum AuditAction {
	CREATE, UPDATE, DELETE, IMPORT, EXPORT, SIGN_IN, SIGN_IN_FAILED, SIGN_OUT, VIEW_PERSONAL_DATA, PERMISSION_CHANGE,
	LOCKOUT, TOKEN_ISSUED, TOKEN_REVOKED, ACCESS_DENIED,
	/** A creation refused for a reason worth keeping, e.g. an ID number that cannot be registered. */
	CREATE_REFUSED
}

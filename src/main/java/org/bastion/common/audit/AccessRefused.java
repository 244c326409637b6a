package org.bastion.common.audit;

import java.util.Objects;

/**
 * A signed-in caller was refused (等保 2.0 level 3 audits refused accesses too): published where the
 * refusal becomes a response, recorded by the audit module as {@link AuditAction#ACCESS_DENIED}
 * with the signed-in user and the request's address, a few per user and kind a minute and a count of
 * the rest, so that a scan cannot flood the trail.
 *
 * @param kind refused outright (403) or answered as not found, which is also what a record outside
 *        the caller's data scope looks like (404)
 * @param method the HTTP method
 * @param path the request's path, without its query
 * @param entityType what was asked for, when known
 * @param entityId its id, when known
 * @param reason why, e.g. the authority required
 */
public record AccessRefused(Kind kind, String method, String path, String entityType, String entityId, String reason) {

	public enum Kind {
		FORBIDDEN, NOT_FOUND
	}

	public AccessRefused {
		Objects.requireNonNull(kind, "kind");
	}
}

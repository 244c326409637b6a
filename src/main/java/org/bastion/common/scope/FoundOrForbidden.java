package org.bastion.common.scope;

import java.util.Optional;

import org.bastion.common.DomainException;
import org.springframework.security.access.AccessDeniedException;

/**
 * The one rule for records a caller may not reach: reading outside the data scope is not found
 * (404) — the same answer as for an id that does not exist, so nothing tells them apart — and a
 * change that touches anything outside the scope is forbidden (403), checked before existence so
 * that a 403 says nothing of whether the id exists either.
 *
 * <p>{@code what} is a message code naming the kind of record ({@code "organization"} → 党组织), shown
 * as it is when no message has that code.
 */
public final class FoundOrForbidden {

	private FoundOrForbidden() {
	}

	/** The record, read through a scoped lookup, or 404 ({@code error.notFound} with what and id). */
	public static <T> T found(Optional<T> scopedLookup, String what, Object id) {
		return scopedLookup.orElseThrow(() -> notFound(what, id));
	}

	/** 404 unless the record exists and {@code inScope}; for lookups that read unscoped. */
	public static <T> T found(Optional<T> lookup, boolean inScope, String what, Object id) {
		if (!inScope) {
			throw notFound(what, id);
		}
		return found(lookup, what, id);
	}

	/** 403 unless everything a change touches lies in the scope. */
	public static void mayChange(boolean inScope) {
		if (!inScope) {
			throw new AccessDeniedException("outside the data scope");
		}
	}

	/** Not found, with the kind of record named in the reader's language. */
	public static DomainException notFound(String what, Object id) {
		return DomainException.notFound(what, id);
	}
}

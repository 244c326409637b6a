package org.bastion.organization.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bastion.common.scope.DataScope;

/**
 * A data scope as SQL conditions on organization id columns, its ids bound as parameters in chunks
 * of {@value #CHUNK} ({@code (o.id in (:scope0) or o.id in (:scope1) …)}), never spliced into the
 * text. An unrestricted scope adds no condition; an empty one matches nothing.
 */
final class ScopeFilter {

	static final int CHUNK = 1_000;

	private final boolean unrestricted;
	private final Map<String, Object> params = new LinkedHashMap<>();

	private ScopeFilter(DataScope scope) {
		this.unrestricted = scope.unrestricted();
		if (!unrestricted) {
			List<Long> ids = scope.organizationIds().stream().sorted().toList();
			for (int from = 0, n = 0; from < ids.size(); from += CHUNK, n++) {
				params.put("scope" + n, ids.subList(from, Math.min(ids.size(), from + CHUNK)));
			}
		}
	}

	static ScopeFilter of(DataScope scope) {
		return new ScopeFilter(scope);
	}

	boolean unrestricted() {
		return unrestricted;
	}

	/** {@code " and <column> in scope"}, or nothing when unrestricted. */
	String and(String column) {
		return unrestricted ? "" : " and " + in(column);
	}

	/** {@code " and (<column> is null or <column> not in scope)"}, or nothing when unrestricted. */
	String andOutside(String column) {
		return unrestricted ? "" : " and (" + column + " is null or not " + in(column) + ")";
	}

	private String in(String column) {
		if (params.isEmpty()) {
			return "(1 = 0)";
		}
		List<String> parts = new ArrayList<>();
		params.keySet().forEach(name -> parts.add(column + " in (:" + name + ")"));
		return "(" + String.join(" or ", parts) + ")";
	}

	/** The bound ids, to add to the statement alongside its own parameters. */
	Map<String, Object> params() {
		return params;
	}
}

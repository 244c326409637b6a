package org.bastion.selection.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bastion.common.scope.DataScope;

/**
 * A data scope as an SQL condition on a division-code column and an organization-id column, with
 * every value bound as a parameter ({@code (c.village_code like :sp0 or r.organization_id in (:so0))}).
 * Unrestricted adds nothing; an empty scope matches nothing.
 */
final class ScopeSql {

	private static final int CHUNK = 1_000;

	final String condition;
	final Map<String, Object> params = new LinkedHashMap<>();

	private ScopeSql(DataScope scope, String divisionColumn, String organizationColumn) {
		if (scope.unrestricted()) {
			condition = "1 = 1";
			return;
		}
		List<String> parts = new ArrayList<>();
		int n = 0;
		for (String prefix : scope.divisionPrefixes().stream().sorted().toList()) {
			String name = "sp" + n++;
			parts.add(divisionColumn + " like :" + name);
			params.put(name, prefix.replace("%", "").replace("_", "") + "%");
		}
		if (organizationColumn != null) {
			List<Long> ids = scope.organizationIds().stream().sorted().toList();
			for (int from = 0, k = 0; from < ids.size(); from += CHUNK, k++) {
				String name = "so" + k;
				parts.add(organizationColumn + " in (:" + name + ")");
				params.put(name, ids.subList(from, Math.min(ids.size(), from + CHUNK)));
			}
		}
		condition = parts.isEmpty() ? "1 = 0" : "(" + String.join(" or ", parts) + ")";
	}

	static ScopeSql of(DataScope scope, String divisionColumn, String organizationColumn) {
		return new ScopeSql(scope, divisionColumn, organizationColumn);
	}
}

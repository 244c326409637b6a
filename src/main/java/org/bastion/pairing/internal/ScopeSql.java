package org.bastion.pairing.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.bastion.common.scope.DataScope;
import org.bastion.pairing.PairingKind;
import org.bastion.pairing.Side;

/**
 * A data scope as an SQL condition on a pairing-shaped row (its sides' organization and division
 * copies and, for persons named one by one, the side ids), every value bound as a parameter. A pair
 * is in scope when either side is.
 */
final class ScopeSql {

	private static final int CHUNK = 1_000;

	private ScopeSql() {
	}

	/** {@code " and (…)"}, or nothing for an unrestricted scope; adds its parameters to {@code params}. */
	static String and(DataScope scope, String alias, Map<String, Object> params) {
		if (scope.unrestricted()) {
			return "";
		}
		List<String> parts = new ArrayList<>();
		List<Long> orgs = scope.organizationIds().stream().sorted().toList();
		for (int from = 0, n = 0; from < orgs.size(); from += CHUNK, n++) {
			String name = "scopeOrg" + n;
			params.put(name, orgs.subList(from, Math.min(orgs.size(), from + CHUNK)));
			parts.add(alias + ".left_organization_id in (:" + name + ")");
			parts.add(alias + ".right_organization_id in (:" + name + ")");
		}
		int n = 0;
		for (String prefix : scope.divisionPrefixes().stream().sorted().toList()) {
			String name = "scopeDiv" + n++;
			params.put(name, prefix + "%");
			parts.add(alias + ".left_division like :" + name);
			parts.add(alias + ".right_division like :" + name);
		}
		if (!scope.personIds().isEmpty()) {
			params.put("scopePersons", List.copyOf(scope.personIds()));
			params.put("scopePersonLeft", kindsWith(true));
			params.put("scopePersonRight", kindsWith(false));
			parts.add("(" + alias + ".kind in (:scopePersonLeft) and " + alias + ".left_id in (:scopePersons))");
			parts.add("(" + alias + ".kind in (:scopePersonRight) and " + alias + ".right_id in (:scopePersons))");
		}
		return parts.isEmpty() ? " and 1 = 0" : " and (" + String.join(" or ", parts) + ")";
	}

	private static List<String> kindsWith(boolean left) {
		return java.util.Arrays.stream(PairingKind.values())
			.filter(k -> (left ? k.left() : k.right()) == Side.PERSON)
			.map(Enum::name)
			.toList();
	}
}

package org.bastion.people.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bastion.common.scope.DataScope;

/**
 * A data scope as an SQL condition on persons or households, every value bound as a parameter
 * (ids in chunks of {@value #CHUNK}, division prefixes as {@code like} patterns), never spliced
 * into the text. A person is in scope through their Party organization, their household
 * registration division or by being named; a household through its village. An unrestricted scope
 * adds no condition; an empty one matches nothing.
 */
final class ScopeSql {

	static final int CHUNK = 1_000;
	static final ScopeSql UNRESTRICTED = new ScopeSql(DataScope.everything());

	private final DataScope scope;
	private final Map<String, Object> params = new LinkedHashMap<>();
	private final List<String> organizationParams = new ArrayList<>();
	private final List<String> divisionParams = new ArrayList<>();
	private final List<String> personParams = new ArrayList<>();

	private ScopeSql(DataScope scope) {
		this.scope = scope;
		if (scope.unrestricted()) {
			return;
		}
		chunks("scopeOrg", scope.organizationIds().stream().sorted().toList(), organizationParams);
		chunks("scopePerson", scope.personIds().stream().sorted().toList(), personParams);
		int n = 0;
		for (String prefix : scope.divisionPrefixes().stream().sorted().toList()) {
			String name = "scopeDivision" + n++;
			params.put(name, PersonRepository.escapeLike(prefix) + "%");
			divisionParams.add(name);
		}
	}

	private void chunks(String prefix, List<Long> ids, List<String> names) {
		for (int from = 0, n = 0; from < ids.size(); from += CHUNK, n++) {
			params.put(prefix + n, ids.subList(from, Math.min(ids.size(), from + CHUNK)));
			names.add(prefix + n);
		}
	}

	static ScopeSql of(DataScope scope) {
		return new ScopeSql(scope);
	}

	DataScope scope() {
		return scope;
	}

	boolean unrestricted() {
		return scope.unrestricted();
	}

	/** The condition that a person (alias {@code p}) is in scope, or null when unrestricted. */
	String persons() {
		if (scope.unrestricted()) {
			return null;
		}
		List<String> parts = new ArrayList<>();
		organizationParams.forEach(name -> parts.add("p.organization_id in (:" + name + ")"));
		divisionParams.forEach(name -> parts.add("p.household_division_code like :" + name + " escape '\\'"));
		personParams.forEach(name -> parts.add("p.id in (:" + name + ")"));
		return parts.isEmpty() ? "1 = 0" : "(" + String.join(" or ", parts) + ")";
	}

	/** The condition that a household (alias {@code h}) is in scope, or null when unrestricted. */
	String households() {
		if (scope.unrestricted()) {
			return null;
		}
		List<String> parts = new ArrayList<>();
		divisionParams.forEach(name -> parts.add("h.village_code like :" + name + " escape '\\'"));
		return parts.isEmpty() ? "1 = 0" : "(" + String.join(" or ", parts) + ")";
	}

	/** {@code " and <persons()>"}, or nothing when unrestricted. */
	String andPersons() {
		String condition = persons();
		return condition == null ? "" : " and " + condition;
	}

	/** {@code " and <households()>"}, or nothing when unrestricted. */
	String andHouseholds() {
		String condition = households();
		return condition == null ? "" : " and " + condition;
	}

	/** The bound values, to add to the statement alongside its own parameters. */
	Map<String, Object> params() {
		return params;
	}

	/** Whether a person with these references is in scope (as {@link #persons()} has it in SQL). */
	boolean coversPerson(Long id, Long organizationId, String divisionCode) {
		return scope.unrestricted() || scope.coversOrganization(organizationId) || scope.coversDivision(divisionCode)
				|| scope.coversPerson(id);
	}
}

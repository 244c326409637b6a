package org.bastion.common.scope;

import java.util.Collection;
import java.util.Set;

/**
 * What part of the records a caller may see and change (数据权限): the organizations of one or more
 * subtrees of the Party organization tree, the divisions those subtrees govern (a person belongs
 * to a scope through their Party organization or their household registration), and persons named
 * one by one (a member sees themself). Computed afresh for each request, so that moving a subtree
 * changes who sees it at once.
 *
 * <p>Queries apply it where they read, with bound parameters: {@code organization_id in (:ids)},
 * {@code division_code like :prefix}; never by splicing values into SQL.
 *
 * @param unrestricted everything (the county administrator at the root, or the system itself)
 * @param organizationIds ids of every organization in scope
 * @param divisionPrefixes codes of the divisions governed; a record's division is in scope when its
 * code starts with one of them
 * @param personIds persons in scope besides those reached through the above
 */
public record DataScope(boolean unrestricted, Set<Long> organizationIds, Set<String> divisionPrefixes, Set<Long> personIds) {

	private static final DataScope EVERYTHING = new DataScope(true, Set.of(), Set.of(), Set.of());
	private static final DataScope NOTHING = new DataScope(false, Set.of(), Set.of(), Set.of());

	public DataScope {
		organizationIds = Set.copyOf(organizationIds);
		divisionPrefixes = Set.copyOf(divisionPrefixes);
		personIds = Set.copyOf(personIds);
	}

	public static DataScope everything() {
		return EVERYTHING;
	}

	public static DataScope nothing() {
		return NOTHING;
	}

	public static DataScope of(Collection<Long> organizationIds, Collection<String> divisionPrefixes) {
		return new DataScope(false, Set.copyOf(organizationIds), Set.copyOf(divisionPrefixes), Set.of());
	}

	public DataScope withPersons(Collection<Long> persons) {
		return new DataScope(unrestricted, organizationIds, divisionPrefixes, Set.copyOf(persons));
	}

	public boolean coversOrganization(Long organizationId) {
		return unrestricted || (organizationId != null && organizationIds.contains(organizationId));
	}

	public boolean coversDivision(String code) {
		if (unrestricted) {
			return true;
		}
		return code != null && divisionPrefixes.stream().anyMatch(code::startsWith);
	}

	public boolean coversPerson(Long personId) {
		return unrestricted || (personId != null && personIds.contains(personId));
	}

	public boolean isEmpty() {
		return !unrestricted && organizationIds.isEmpty() && divisionPrefixes.isEmpty() && personIds.isEmpty();
	}
}

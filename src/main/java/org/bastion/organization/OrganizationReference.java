package org.bastion.organization;

import java.util.List;

/**
 * What a clerk's text names (an import's 党组织 cell): an id, a full name, or a path of full names from
 * any level down, separated by {@code /} (中共宁化县委员会/中共宁化县安乐镇委员会/…), read in the caller's scope.
 *
 * @param id the one live organization named, or null
 * @param candidates when the text names none: empty; when several: their paths, to write one of them instead
 */
public record OrganizationReference(Long id, List<String> candidates) {

	public OrganizationReference {
		candidates = List.copyOf(candidates);
	}

	public boolean found() {
		return id != null;
	}

	public boolean ambiguous() {
		return id == null && !candidates.isEmpty();
	}
}

package org.bastion.organization;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.bastion.common.PageRequest;
import org.bastion.common.PageResult;
import org.bastion.geography.Division;
import org.bastion.geography.Divisions;
import org.springframework.stereotype.Component;

/**
 * What a form offers to choose from until the search picker lands: the live organizations in the
 * caller's scope, and the villages they are tied to. Read through the scoped search, so a township
 * administrator is offered their township only.
 */
@Component
public class OrganizationChoices {

	private final Organizations organizations;
	private final Divisions divisions;

	OrganizationChoices(Organizations organizations, Divisions divisions) {
		this.organizations = organizations;
		this.divisions = divisions;
	}

	/** The live organizations in scope, in the tree's search order. */
	public List<OrganizationView> organizations() {
		List<OrganizationView> all = new ArrayList<>();
		for (int page = 0;; page++) {
			PageResult<OrganizationView> found = organizations.search(new OrganizationSearch(null, null, null),
					new PageRequest(page, PageResult.MAX_SIZE));
			all.addAll(found.items());
			if (!found.hasNext()) {
				return all;
			}
		}
	}

	/** The village-level divisions the given organizations are tied to, by code. */
	public List<Division> villagesOf(List<OrganizationView> organizations) {
		List<String> codes = organizations.stream().map(OrganizationView::divisionCode).filter(c -> c != null && c.length() == 12)
			.distinct().toList();
		return codes.isEmpty() ? List.of()
				: divisions.findAll(codes).values().stream().sorted(Comparator.comparing(Division::code)).toList();
	}
}

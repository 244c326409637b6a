package org.bastion.dashboard.internal;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.bastion.organization.OrganizationView;
import org.bastion.organization.Organizations;
import org.springframework.stereotype.Component;

/**
 * The part of the tree a figure is read for, named as a report names it: the place of the organization
 * (「中共宁化县安乐镇委员会」 reads 「宁化县安乐镇」), and the way down to it within the caller's scope.
 */
@Component
public class ScopeNames {

	private static final Pattern PARTY = Pattern.compile("^中共|委员会$|党委$");

	private final Organizations organizations;

	ScopeNames(Organizations organizations) {
		this.organizations = organizations;
	}

	/** 「宁化县安乐镇」 for the township committee; empty for an organization not found. */
	public String place(Long organizationId) {
		return organizationId == null ? "" : organizations.find(organizationId).map(o -> placeOf(o.name())).orElse("");
	}

	/** 「宁化县安乐镇」 for 「中共宁化县安乐镇委员会」. */
	public static String placeOf(String organizationName) {
		return PARTY.matcher(organizationName).replaceAll("");
	}

	/** From the top of the caller's scope down to the organization, each with its place name. */
	public List<Step> path(long organizationId) {
		List<OrganizationView> path = organizations.paths(List.of(organizationId)).getOrDefault(organizationId, List.of());
		return path.stream().map(o -> new Step(o.id(), placeOf(o.name()))).toList();
	}

	/**
	 * Of these organizations, those that govern an area (tied to a division: the townships under the county,
	 * the villages and communities under a township), for comparisons; all of them when none does.
	 */
	public Set<Long> areas(Collection<Long> ids) {
		Map<Long, OrganizationView> found = organizations.findAll(ids);
		Set<Long> areas = new HashSet<>();
		found.values().stream().filter(o -> o.divisionCode() != null && !o.divisionCode().isBlank()).forEach(o -> areas.add(o.id()));
		return areas.isEmpty() ? new HashSet<>(ids) : areas;
	}

	/** One organization on the way down. */
	public record Step(long id, String name) {
	}
}

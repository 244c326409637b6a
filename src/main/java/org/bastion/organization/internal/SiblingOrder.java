package org.bastion.organization.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bastion.organization.DepartmentKind;
import org.bastion.organization.OrganizationKind;
import org.bastion.organization.OrganizationView;

/**
 * The order of an organization's children as the county reads them: grouped by kind — township
 * committees, then organ branches by department kind, then village-level organizations, then the
 * others — and within a group by the explicit sort order (排序号), then by division code for township
 * and village-level organizations, then by name in natural order, Chinese numerals read as numbers.
 */
final class SiblingOrder {

	/** A group of siblings under one heading: its message key, and the children in order. */
	record Group(String key, List<OrganizationView> members) {
	}

	private SiblingOrder() {
	}

	/** The children grouped and ordered; {@code sortOrders} holds the explicit orders by id (absent: none). */
	static List<Group> group(List<OrganizationView> children, Map<Long, Integer> sortOrders) {
		Map<String, List<OrganizationView>> groups = new LinkedHashMap<>();
		children.stream().sorted(comparator(sortOrders))
			.forEach(o -> groups.computeIfAbsent(groupKey(o), k -> new ArrayList<>()).add(o));
		return groups.entrySet().stream().map(e -> new Group(e.getKey(), List.copyOf(e.getValue()))).toList();
	}

	static Comparator<OrganizationView> comparator(Map<Long, Integer> sortOrders) {
		return Comparator.comparingInt(SiblingOrder::rank)
			.thenComparing(o -> sortOrders.get(o.id()), Comparator.nullsLast(Comparator.naturalOrder()))
			.thenComparing(o -> byDivision(o.kind()) ? o.divisionCode() : null, Comparator.nullsLast(Comparator.naturalOrder()))
			.thenComparing(OrganizationView::name, NaturalNames.ORDER)
			.thenComparingLong(OrganizationView::id);
	}

	/** The group's rank: committees, organ branches by department kind, village-level, compounds, the rest by kind. */
	static int rank(OrganizationView o) {
		return switch (o.kind()) {
			case COUNTY_COMMITTEE -> 0;
			case TOWNSHIP_COMMITTEE -> 1;
			case ORGAN_BRANCH -> 10 + (o.departmentKind() == null ? DepartmentKind.values().length : o.departmentKind().ordinal());
			case VILLAGE_BRANCH, VILLAGE_GENERAL_BRANCH, COMMUNITY_GENERAL_BRANCH -> 20;
			default -> 30 + o.kind().ordinal();
		};
	}

	/** The heading's message key: {@code organization.group.TOWNSHIP_COMMITTEE}, {@code organization.group.ORGAN_BRANCH.ECONOMIC}… */
	static String groupKey(OrganizationView o) {
		return switch (o.kind()) {
			case ORGAN_BRANCH -> "organization.group.ORGAN_BRANCH" + (o.departmentKind() == null ? "" : "." + o.departmentKind());
			case VILLAGE_BRANCH, VILLAGE_GENERAL_BRANCH, COMMUNITY_GENERAL_BRANCH -> "organization.group.VILLAGE";
			default -> "organization.group." + o.kind();
		};
	}

	private static boolean byDivision(OrganizationKind kind) {
		return switch (kind) {
			case TOWNSHIP_COMMITTEE, VILLAGE_BRANCH, VILLAGE_GENERAL_BRANCH, COMMUNITY_GENERAL_BRANCH -> true;
			default -> false;
		};
	}
}

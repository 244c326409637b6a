package org.bastion.organization.internal;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bastion.common.scope.DataScope;
import org.bastion.common.scope.ScopeSql;
import org.bastion.organization.OrganizationView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What the tree's order reads: the explicit sort orders (排序号), and how many children each node has. */
@Repository
class SiblingRows {

	private final JdbcClient jdbc;

	SiblingRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The organizations in the county's order (see {@link SiblingOrder}). */
	List<OrganizationView> ordered(List<OrganizationView> organizations) {
		Map<Long, Integer> orders = sortOrders(organizations.stream().map(OrganizationView::id).toList());
		return organizations.stream().sorted(SiblingOrder.comparator(orders)).toList();
	}

	/** The organizations grouped under headings, in the county's order. */
	List<SiblingOrder.Group> grouped(List<OrganizationView> organizations) {
		return SiblingOrder.group(organizations, sortOrders(organizations.stream().map(OrganizationView::id).toList()));
	}

	/** The explicit sort orders of these organizations; those without one are left out. */
	Map<Long, Integer> sortOrders(Collection<Long> ids) {
		Map<Long, Integer> orders = new LinkedHashMap<>();
		if (ids.isEmpty()) {
			return orders;
		}
		jdbc.sql("select id, sort_order from party_organization where id in (:ids) and sort_order is not null")
			.param("ids", List.copyOf(ids))
			.query((rs, n) -> Map.entry(rs.getLong("id"), rs.getInt("sort_order"))).list()
			.forEach(e -> orders.put(e.getKey(), e.getValue()));
		return orders;
	}

	/** Live direct children in scope of each of these, by id; those with none are left out. */
	Map<Long, Long> countChildren(Collection<Long> ids, DataScope scope) {
		Map<Long, Long> counts = new LinkedHashMap<>();
		if (ids.isEmpty()) {
			return counts;
		}
		ScopeSql.Condition inScope = ScopeSql.of(scope).organizations("o.id").condition();
		jdbc.sql("select o.parent_id, count(*) as n from party_organization o where o.parent_id in (:ids) and not o.dissolved"
				+ inScope.and() + " group by o.parent_id")
			.param("ids", List.copyOf(ids)).params(inScope.params())
			.query((rs, n) -> Map.entry(rs.getLong("parent_id"), rs.getLong("n"))).list()
			.forEach(e -> counts.put(e.getKey(), e.getValue()));
		return counts;
	}

	/** Sets the explicit sort order (null: the default order). */
	void setSortOrder(long id, Integer sortOrder) {
		jdbc.sql("update party_organization set sort_order = ? where id = ?").params(sortOrder, id).update();
	}
}

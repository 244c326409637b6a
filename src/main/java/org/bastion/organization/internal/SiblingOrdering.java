package org.bastion.organization.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.bastion.common.DomainException;
import org.bastion.common.audit.AuditEvent;
import org.bastion.common.scope.DataScopes;
import org.bastion.common.scope.FoundOrForbidden;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * An organization's explicit place among its siblings (排序号): 1 comes first, none follows the default
 * order (see {@link SiblingOrder}). A change is 403 outside the scope and lands in the audit trail.
 */
@Component
class SiblingOrdering {

	static final int MAX = 9_999;

	private final SiblingRows rows;
	private final DataScopes scopes;
	private final ApplicationEventPublisher events;

	SiblingOrdering(SiblingRows rows, DataScopes scopes, ApplicationEventPublisher events) {
		this.rows = rows;
		this.scopes = scopes;
		this.events = events;
	}

	/** The explicit sort order, or null for the default order. */
	@Transactional(readOnly = true)
	Integer sortOrder(long id) {
		return rows.sortOrders(java.util.List.of(id)).get(id);
	}

	@Transactional
	void reorder(long id, Integer sortOrder) {
		FoundOrForbidden.mayChange(scopes.current().coversOrganization(id));
		if (sortOrder != null && (sortOrder < 1 || sortOrder > MAX)) {
			throw DomainException.invalidField("sortOrder", "organization.sortOrder.range", MAX);
		}
		Integer before = sortOrder(id);
		if (Objects.equals(before, sortOrder)) {
			return;
		}
		rows.setSortOrder(id, sortOrder);
		events.publishEvent(AuditEvent.updated(OrganizationQueries.ENTITY, id, field(before), field(sortOrder)));
	}

	private static Map<String, Object> field(Integer sortOrder) {
		Map<String, Object> field = new LinkedHashMap<>();
		field.put("sortOrder", sortOrder);
		return field;
	}
}

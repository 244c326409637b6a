package org.bastion.organization.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bastion.common.DomainException;
import org.bastion.common.DomainException.FieldFault;
import org.bastion.common.audit.AuditEvent;
import org.bastion.common.scope.DataScope;
import org.bastion.common.scope.DataScopes;
import org.bastion.common.scope.FoundOrForbidden;
import org.bastion.organization.MemberRegistry;
import org.bastion.organization.OrganizationView;
import org.bastion.organization.PositionRole;
import org.bastion.organization.PositionView;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The posts of an organization (书记, 副书记, 委员 …): listed with the organization (404 outside the
 * caller's scope), given and ended only in the scope (403) and each change recorded in the audit trail.
 */
@Component
@Transactional
class OrganizationPositions {

	static final String POSITION = "party_position";

	private final PositionRepository positions;
	private final OrganizationRepository organizations;
	private final OrganizationQueries queries;
	private final ObjectProvider<MemberRegistry> memberRegistries;
	private final DataScopes dataScopes;
	private final ApplicationEventPublisher events;

	OrganizationPositions(PositionRepository positions, OrganizationRepository organizations, OrganizationQueries queries,
			ObjectProvider<MemberRegistry> memberRegistries, DataScopes dataScopes, ApplicationEventPublisher events) {
		this.positions = positions;
		this.organizations = organizations;
		this.queries = queries;
		this.memberRegistries = memberRegistries;
		this.dataScopes = dataScopes;
		this.events = events;
	}

	@Transactional(readOnly = true)
	List<PositionView> held(long organizationId) {
		queries.details(organizationId);
		return positions.held(organizationId);
	}

	PositionView assign(long organizationId, long personId, PositionRole role, LocalDate since) {
		DataScope scope = dataScopes.current();
		FoundOrForbidden.mayChange(scope.coversOrganization(organizationId));
		organizations.lockWithAncestors(organizationId);
		OrganizationView organization = queries.live(organizationId).view();
		List<FieldFault> faults = new ArrayList<>();
		if (personId <= 0) {
			faults.add(new FieldFault("personId", "position.person.required"));
		}
		else if (!scope.unrestricted() && memberRegistries.orderedStream().noneMatch(r -> r.isInScope(personId))) {
			// a post names only a person the caller may see, as every record a scoped caller writes
			faults.add(new FieldFault("personId", "position.person.outsideScope", String.valueOf(personId)));
		}
		if (role == null) {
			faults.add(new FieldFault("role", "position.role.required"));
		}
		if (since == null) {
			faults.add(new FieldFault("since", "position.since.required"));
		}
		if (!faults.isEmpty()) {
			throw DomainException.invalid(faults);
		}
		if (role == PositionRole.SECRETARY && positions.isHeld(organizationId, role)) {
			throw DomainException.conflict("position.secretaryTaken", organization.name());
		}
		if (positions.isHeldBy(organizationId, personId, role)) {
			throw DomainException.conflict("position.alreadyHeld", organization.name());
		}
		PositionView assigned = positions.find(positions.insert(organizationId, personId, role, since)).orElseThrow();
		events.publishEvent(AuditEvent.created(POSITION, assigned.id(), fields(assigned)));
		return assigned;
	}

	PositionView end(long positionId, LocalDate endedOn) {
		PositionView position = FoundOrForbidden.found(positions.find(positionId), "position", positionId);
		FoundOrForbidden.mayChange(dataScopes.current().coversOrganization(position.organizationId()));
		if (!position.held()) {
			throw DomainException.conflict("position.alreadyEnded", position.endedOn());
		}
		if (endedOn == null) {
			throw DomainException.invalidField("endedOn", "position.endedOn.required");
		}
		if (endedOn.isBefore(position.since())) {
			throw DomainException.invalidField("endedOn", "position.endedOn.beforeSince", position.since());
		}
		positions.end(positionId, endedOn);
		PositionView ended = positions.find(positionId).orElseThrow();
		events.publishEvent(AuditEvent.updated(POSITION, positionId, fields(position), fields(ended)));
		return ended;
	}

	/** Ends a post, provided it belongs to the given organization. */
	PositionView end(long organizationId, long positionId, LocalDate endedOn) {
		FoundOrForbidden.mayChange(dataScopes.current().coversOrganization(organizationId));
		FoundOrForbidden.found(positions.find(positionId).filter(p -> p.organizationId() == organizationId), "position",
				positionId);
		return end(positionId, endedOn);
	}

	private static Map<String, Object> fields(PositionView p) {
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("organizationId", p.organizationId());
		fields.put("personId", p.personId());
		fields.put("role", p.role());
		fields.put("since", p.since());
		fields.put("endedOn", p.endedOn());
		return fields;
	}
}

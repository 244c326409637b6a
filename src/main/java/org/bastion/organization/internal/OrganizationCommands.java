package org.bastion.organization.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.bastion.common.DomainException;
import org.bastion.common.DomainException.FieldFault;
import org.bastion.common.audit.AuditAction;
import org.bastion.common.audit.AuditEvent;
import org.bastion.common.scope.DataScope;
import org.bastion.common.scope.DataScopes;
import org.bastion.common.scope.FoundOrForbidden;
import org.bastion.organization.DepartmentKind;
import org.bastion.organization.MemberRegistry;
import org.bastion.organization.NewOrganization;
import org.bastion.organization.OrganizationKind;
import org.bastion.organization.OrganizationView;
import org.bastion.organization.PositionRole;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Founding, renaming, moving and dissolving organizations. Every change is forbidden (403) when
 * anything it touches lies outside the caller's data scope, checked before existence, and is
 * recorded in the audit trail.
 */
@Component
@Transactional
class OrganizationCommands {

	static final int MAX_NAME_LENGTH = 100;
	private static final String ENTITY = OrganizationQueries.ENTITY;

	private final OrganizationRepository organizations;
	private final OrganizationQueries queries;
	private final PositionRepository positions;
	private final DivisionBounds bounds;
	private final ObjectProvider<MemberRegistry> memberRegistries;
	private final DataScopes dataScopes;
	private final ApplicationEventPublisher events;

	OrganizationCommands(OrganizationRepository organizations, OrganizationQueries queries, PositionRepository positions,
			DivisionBounds bounds, ObjectProvider<MemberRegistry> memberRegistries, DataScopes dataScopes,
			ApplicationEventPublisher events) {
		this.organizations = organizations;
		this.queries = queries;
		this.positions = positions;
		this.bounds = bounds;
		this.memberRegistries = memberRegistries;
		this.dataScopes = dataScopes;
		this.events = events;
	}

	OrganizationView create(NewOrganization o) {
		List<FieldFault> faults = new ArrayList<>();
		String name = checkName(o.name(), faults);
		checkKinds(o, faults);
		String divisionCode = bounds.known(o.divisionCode(), faults);
		int depth = 0;
		DataScope scope = dataScopes.current();
		// a root lies in no one's scope but the unrestricted one's
		FoundOrForbidden.mayChange(o.parentId() == null ? scope.unrestricted() : scope.coversOrganization(o.parentId()));
		if (o.parentId() != null) {
			organizations.lockWithAncestors(o.parentId());
			Optional<OrganizationDetails> parent = organizations.find(o.parentId());
			if (parent.isEmpty()) {
				faults.add(new FieldFault("parentId", "organization.parent.unknown", String.valueOf(o.parentId())));
			}
			else if (parent.get().view().dissolved()) {
				faults.add(new FieldFault("parentId", "organization.parent.dissolved", parent.get().view().name()));
			}
			else {
				depth = parent.get().view().depth() + 1;
				bounds.checkTie(divisionCode, bounds.governedBy(o.parentId()), scope, faults);
			}
		}
		if (!faults.isEmpty()) {
			throw DomainException.invalid(faults);
		}
		long id = organizations.insert(
				new OrganizationRepository.NewRow(name, o.kind(), o.departmentKind(), divisionCode, o.parentId(), depth));
		// read past the scope: a caller's scope may have been computed before the organization existed
		OrganizationView created = organizations.find(id).orElseThrow().view();
		events.publishEvent(AuditEvent.created(ENTITY, id, fields(created)));
		return created;
	}

	List<Long> createAll(List<NewOrganization> list) {
		Set<Long> parentIds = new HashSet<>();
		Set<String> codes = new HashSet<>();
		DataScope scope = dataScopes.current();
		for (NewOrganization o : list) {
			FoundOrForbidden.mayChange(o.parentId() == null ? scope.unrestricted() : scope.coversOrganization(o.parentId()));
			if (o.parentId() != null) {
				parentIds.add(o.parentId());
			}
			if (o.divisionCode() != null && !o.divisionCode().isBlank()) {
				codes.add(o.divisionCode().strip());
			}
		}
		Map<Long, OrganizationView> parents = queries.findAll(parentIds);
		Map<Long, String> governed = bounds.governedBy(parentIds);
		Set<String> knownCodes = bounds.known(codes);
		List<FieldFault> faults = new ArrayList<>();
		List<OrganizationRepository.NewRow> rows = new ArrayList<>(list.size());
		for (int i = 0; i < list.size() && faults.size() < 200; i++) {
			NewOrganization o = list.get(i);
			List<FieldFault> own = new ArrayList<>();
			String name = checkName(o.name(), own);
			checkKinds(o, own);
			String code = o.divisionCode() == null || o.divisionCode().isBlank() ? null : o.divisionCode().strip();
			if (code != null && !knownCodes.contains(code)) {
				own.add(new FieldFault("divisionCode", "organization.division.unknown", code));
			}
			OrganizationView parent = o.parentId() == null ? null : parents.get(o.parentId());
			if (o.parentId() != null && (parent == null || parent.dissolved())) {
				own.add(new FieldFault("parentId", "organization.parent.unknown", String.valueOf(o.parentId())));
			}
			else if (code != null && knownCodes.contains(code)) {
				bounds.checkTie(code, o.parentId() == null ? null : governed.get(o.parentId()), scope, own);
			}
			String prefix = "organizations[" + i + "].";
			own.forEach(f -> faults.add(new FieldFault(prefix + f.field(), f.messageKey(), f.args())));
			rows.add(new OrganizationRepository.NewRow(name, o.kind(), o.departmentKind(), code, o.parentId(),
					parent == null ? 0 : parent.depth() + 1));
		}
		if (!faults.isEmpty()) {
			throw DomainException.invalid(faults);
		}
		if (!parentIds.isEmpty()) {
			organizations.lockWithAncestors(parentIds.stream().mapToLong(Long::longValue).toArray());
		}
		List<Long> ids = organizations.insertAll(rows);
		if (!ids.isEmpty()) {
			// one entry for the batch: imports and generated data found thousands at once
			events.publishEvent(new AuditEvent(AuditAction.CREATE, ENTITY, null, null, null,
					ids.size() + " organizations, ids " + ids.get(0) + "–" + ids.get(ids.size() - 1), null, null));
		}
		return ids;
	}

	OrganizationView rename(long id, String name) {
		FoundOrForbidden.mayChange(dataScopes.current().coversOrganization(id));
		OrganizationDetails current = queries.live(id);
		OrganizationView view = current.view();
		return revise(id, current.version(), name, view.departmentKind(), view.divisionCode());
	}

	/**
	 * Changes name, department kind and division, provided nobody changed the organization since
	 * {@code expectedVersion} was read.
	 */
	OrganizationView revise(long id, long expectedVersion, String name, DepartmentKind departmentKind,
			String divisionCode) {
		DataScope scope = dataScopes.current();
		FoundOrForbidden.mayChange(scope.coversOrganization(id));
		OrganizationView current = queries.live(id).view();
		List<FieldFault> faults = new ArrayList<>();
		String checkedName = checkName(name, faults);
		checkDepartmentKind(current.kind(), departmentKind, faults);
		String checkedCode = bounds.known(divisionCode, faults);
		if (faults.isEmpty()) {
			bounds.checkRevision(current, checkedCode, scope, faults);
		}
		if (!faults.isEmpty()) {
			throw DomainException.invalid(faults);
		}
		if (!organizations.update(id, expectedVersion, checkedName, departmentKind, checkedCode)) {
			throw DomainException.conflict("error.conflict.version");
		}
		OrganizationView revised = queries.get(id);
		events.publishEvent(AuditEvent.updated(ENTITY, id, fields(current), fields(revised)));
		return revised;
	}

	OrganizationView move(long id, long newParentId) {
		DataScope scope = dataScopes.current();
		FoundOrForbidden.mayChange(scope.coversOrganization(id) && scope.coversOrganization(newParentId));
		organizations.lockWithAncestors(id, newParentId);
		OrganizationView moved = queries.live(id).view();
		OrganizationView parent = organizations.find(newParentId)
				.orElseThrow(() -> DomainException.invalidField("newParentId", "organization.parent.unknown", String.valueOf(newParentId)))
				.view();
		if (parent.dissolved()) {
			throw DomainException.invalidField("newParentId", "organization.parent.dissolved", parent.name());
		}
		if (organizations.isWithin(newParentId, id)) {
			throw DomainException.conflict("organization.move.intoOwnSubtree", moved.name(), parent.name());
		}
		if (moved.parentId() == null || moved.parentId() != newParentId) {
			DivisionBounds.requireNotTopOfScope(scope, moved);
			bounds.requireSubtreeFits(moved, parent, "newParentId");
			organizations.moveSubtree(id, newParentId, parent.depth() + 1 - moved.depth());
			events.publishEvent(AuditEvent.updated(ENTITY, id, parentField(moved.parentId()), parentField(newParentId))
					.withDetail("moved with its subtree"));
		}
		return queries.get(id);
	}

	OrganizationView dissolve(long id, Long transferToId) {
		DataScope scope = dataScopes.current();
		FoundOrForbidden.mayChange(scope.coversOrganization(id) && (transferToId == null || scope.coversOrganization(transferToId)));
		organizations.lockWithAncestors(transferToId == null ? new long[] {id} : new long[] {id, transferToId});
		OrganizationView dissolving = queries.live(id).view();
		List<OrganizationView> children = organizations.allChildren(id);
		long members = queries.countMembers(id);
		long held = positions.countHeld(id);
		if (transferToId == null) {
			if (!children.isEmpty()) {
				throw DomainException.conflict("organization.dissolve.hasChildren", dissolving.name(), children.size());
			}
			if (members > 0) {
				throw DomainException.conflict("organization.dissolve.hasMembers", dissolving.name(), members);
			}
			if (held > 0) {
				throw DomainException.conflict("organization.dissolve.hasPositions", dissolving.name(), held);
			}
		}
		else {
			OrganizationView target = transferTarget(dissolving, transferToId);
			if (positions.isHeld(id, PositionRole.SECRETARY) && positions.isHeld(target.id(), PositionRole.SECRETARY)) {
				throw DomainException.conflict("organization.dissolve.twoSecretaries", dissolving.name(), target.name());
			}
			children.forEach(child -> bounds.requireSubtreeFits(child, target, "transferToId"));
			for (OrganizationView child : children) {
				organizations.moveSubtree(child.id(), target.id(), target.depth() + 1 - child.depth());
			}
			if (members > 0) {
				memberRegistries.orderedStream().forEach(r -> r.transferMembers(id, target.id()));
			}
			positions.moveHeld(id, target.id());
		}
		organizations.markDissolved(id);
		events.publishEvent(AuditEvent.deleted(ENTITY, id, fields(dissolving)).withDetail(transferToId == null
				? "dissolved"
				: "dissolved; " + children.size() + " children, " + members + " members and " + held
						+ " posts handed over to organization " + transferToId));
		return queries.get(id);
	}

	private OrganizationView transferTarget(OrganizationView dissolving, long transferToId) {
		OrganizationView target = organizations.find(transferToId)
				.orElseThrow(() -> DomainException.invalidField("transferToId", "organization.transfer.unknown", String.valueOf(transferToId)))
				.view();
		if (target.dissolved()) {
			throw DomainException.invalidField("transferToId", "organization.transfer.dissolved", target.name());
		}
		if (organizations.isWithin(transferToId, dissolving.id())) {
			throw DomainException.conflict("organization.dissolve.transferIntoOwnSubtree", dissolving.name(), target.name());
		}
		return target;
	}

	/** Forbidden (403) unless the organization lies in the caller's scope. */
	@Transactional(readOnly = true)
	void requireChangeable(long id) {
		FoundOrForbidden.mayChange(dataScopes.current().coversOrganization(id));
	}

	private static Map<String, Object> fields(OrganizationView o) {
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("name", o.name());
		fields.put("kind", o.kind());
		fields.put("departmentKind", o.departmentKind());
		fields.put("divisionCode", o.divisionCode());
		fields.put("parentId", o.parentId());
		return fields;
	}

	private static Map<String, Object> parentField(Long parentId) {
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("parentId", parentId);
		return fields;
	}

	private static String checkName(String name, List<FieldFault> faults) {
		String stripped = name == null ? "" : name.strip();
		if (stripped.isEmpty()) {
			faults.add(new FieldFault("name", "organization.name.required"));
		}
		else if (stripped.length() > MAX_NAME_LENGTH) {
			faults.add(new FieldFault("name", "organization.name.tooLong", MAX_NAME_LENGTH));
		}
		return stripped;
	}

	private static void checkKinds(NewOrganization o, List<FieldFault> faults) {
		if (o.kind() == null) {
			faults.add(new FieldFault("kind", "organization.kind.required"));
		}
		else {
			checkDepartmentKind(o.kind(), o.departmentKind(), faults);
		}
	}

	private static void checkDepartmentKind(OrganizationKind kind, DepartmentKind departmentKind, List<FieldFault> faults) {
		if (kind.needsDepartmentKind() && departmentKind == null) {
			faults.add(new FieldFault("departmentKind", "organization.departmentKind.required"));
		}
		else if (!kind.needsDepartmentKind() && departmentKind != null) {
			faults.add(new FieldFault("departmentKind", "organization.departmentKind.forbidden"));
		}
	}
}

package org.bastion.organization.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.bastion.common.DomainException.FieldFault;
import org.bastion.common.DomainException.Kind;
import org.bastion.common.DomainException;
import org.bastion.common.PageRequest;
import org.bastion.common.PageResult;
import org.bastion.common.audit.AuditAction;
import org.bastion.common.audit.AuditEvent;
import org.bastion.common.scope.DataScope;
import org.bastion.common.scope.DataScopes;
import org.bastion.organization.DepartmentKind;
import org.bastion.organization.MemberRegistry;
import org.bastion.organization.NewOrganization;
import org.bastion.organization.OrganizationKind;
import org.bastion.organization.OrganizationSearch;
import org.bastion.organization.OrganizationView;
import org.bastion.organization.SubtreeCoverage;
import org.bastion.organization.Organizations;
import org.bastion.organization.PositionRole;
import org.bastion.organization.PositionView;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Party organization tree: its rules for founding, renaming, moving and dissolving, and its posts.
 * Every read that serves a caller is limited to the caller's {@link DataScope} in its SQL; every
 * change is refused outside it and recorded in the audit trail. Authorities are checked one layer
 * up, by {@link OrganizationManagement}, which the pages and the API call.
 */
@Service
@Transactional(readOnly = true)
public class OrganizationTree implements Organizations {

	static final int MAX_NAME_LENGTH = 100;
	static final String ENTITY = "organization";
	static final String POSITION = "party_position";

	private final OrganizationRepository organizations;
	private final PositionRepository positions;
	private final DivisionBounds bounds;
	private final ObjectProvider<MemberRegistry> memberRegistries;
	private final DataScopes dataScopes;
	private final ApplicationEventPublisher events;

	OrganizationTree(OrganizationRepository organizations, PositionRepository positions, DivisionBounds bounds,
			ObjectProvider<MemberRegistry> memberRegistries, DataScopes dataScopes, ApplicationEventPublisher events) {
		this.organizations = organizations;
		this.positions = positions;
		this.bounds = bounds;
		this.memberRegistries = memberRegistries;
		this.dataScopes = dataScopes;
		this.events = events;
	}

	@Override
	public Optional<OrganizationView> find(long id) {
		if (!dataScopes.current().coversOrganization(id)) {
			return Optional.empty();
		}
		return organizations.find(id).map(OrganizationDetails::view);
	}

	@Override
	public OrganizationView get(long id) {
		return details(id).view();
	}

	/** The organization with its version, or a not-found refusal when unknown or outside the caller's scope. */
	OrganizationDetails details(long id) {
		if (!dataScopes.current().coversOrganization(id)) {
			throw notFound(id);
		}
		return organizations.find(id).orElseThrow(() -> notFound(id));
	}

	@Override
	public Map<Long, OrganizationView> findAll(Collection<Long> ids) {
		return organizations.findAll(ids, filter());
	}

	@Override
	public List<OrganizationView> path(long id) {
		List<OrganizationView> path = organizations.path(id);
		if (path.isEmpty()) {
			throw notFound(id);
		}
		return path;
	}

	/** The path of an organization in scope, from the topmost organization of the scope down. */
	List<OrganizationView> scopedPath(long id) {
		details(id);
		return organizations.paths(List.of(id), filter()).getOrDefault(id, List.of());
	}

	/** The path of an organization just founded in scope: its parent's path and itself. */
	List<OrganizationView> pathOfNew(OrganizationView created) {
		List<OrganizationView> path = new ArrayList<>(created.parentId() == null ? List.of() : scopedPath(created.parentId()));
		path.add(created);
		return path;
	}

	@Override
	public Map<Long, List<OrganizationView>> paths(Collection<Long> ids) {
		return organizations.paths(ids, filter());
	}

	@Override
	public boolean isWithin(long descendantId, long ancestorId) {
		return organizations.isWithin(descendantId, ancestorId);
	}

	@Override
	public List<Long> subtreeIds(long rootId) {
		return organizations.subtreeIds(rootId);
	}

	@Override
	public SubtreeCoverage coverage(Collection<Long> rootIds) {
		return organizations.coverage(rootIds);
	}

	@Override
	public List<OrganizationView> tiedTo(String divisionCode) {
		return organizations.tiedTo(divisionCode);
	}

	@Override
	public List<OrganizationView> roots() {
		return organizations.roots(filter());
	}

	@Override
	public List<OrganizationView> children(long id) {
		DataScope scope = dataScopes.current();
		if (!scope.coversOrganization(id)) {
			throw notFound(id);
		}
		return organizations.children(id, ScopeFilter.of(scope));
	}

	@Override
	public Map<OrganizationKind, Long> countDescendantsByKind(long id) {
		DataScope scope = dataScopes.current();
		if (!scope.coversOrganization(id)) {
			throw notFound(id);
		}
		return organizations.countDescendantsByKind(id, ScopeFilter.of(scope));
	}

	/** Live organizations in scope below each of these, by id; those with none are left out. */
	Map<Long, Long> countDescendants(Collection<Long> ids) {
		return organizations.countDescendants(ids, filter());
	}

	@Override
	public PageResult<OrganizationView> search(OrganizationSearch search, PageRequest page) {
		return organizations.search(search, page, filter());
	}

	/** Members the people module counts in the organization; none when no such module runs. */
	long countMembers(long id) {
		return memberRegistries.orderedStream().mapToLong(r -> r.countMembers(id)).sum();
	}

	@Override
	@Transactional
	public OrganizationView create(NewOrganization o) {
		List<FieldFault> faults = new ArrayList<>();
		String name = checkName(o.name(), faults);
		if (o.kind() == null) {
			faults.add(new FieldFault("kind", "organization.kind.required"));
		}
		else {
			checkDepartmentKind(o.kind(), o.departmentKind(), faults);
		}
		String divisionCode = bounds.known(o.divisionCode(), faults);
		int depth = 0;
		DataScope scope = dataScopes.current();
		if (o.parentId() == null && !scope.unrestricted()) {
			throw new AccessDeniedException("Only an unrestricted scope may found a root organization");
		}
		if (o.parentId() != null) {
			requireInScope(scope, o.parentId());
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

	@Override
	@Transactional
	public List<Long> createAll(List<NewOrganization> list) {
		Set<Long> parentIds = new HashSet<>();
		Set<String> codes = new HashSet<>();
		DataScope scope = dataScopes.current();
		for (NewOrganization o : list) {
			if (o.parentId() == null && !scope.unrestricted()) {
				throw new AccessDeniedException("Only an unrestricted scope may found a root organization");
			}
			if (o.parentId() != null) {
				requireInScope(scope, o.parentId());
				parentIds.add(o.parentId());
			}
			if (o.divisionCode() != null && !o.divisionCode().isBlank()) {
				codes.add(o.divisionCode().strip());
			}
		}
		Map<Long, OrganizationView> parents = findAll(parentIds);
		Map<Long, String> governed = bounds.governedBy(parentIds);
		Set<String> knownCodes = bounds.known(codes);
		List<FieldFault> faults = new ArrayList<>();
		List<OrganizationRepository.NewRow> rows = new ArrayList<>(list.size());
		for (int i = 0; i < list.size() && faults.size() < 200; i++) {
			NewOrganization o = list.get(i);
			List<FieldFault> own = new ArrayList<>();
			String name = checkName(o.name(), own);
			if (o.kind() == null) {
				own.add(new FieldFault("kind", "organization.kind.required"));
			}
			else {
				checkDepartmentKind(o.kind(), o.departmentKind(), own);
			}
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

	@Override
	@Transactional
	public OrganizationView rename(long id, String name) {
		requireInScope(dataScopes.current(), id);
		OrganizationDetails current = live(id);
		OrganizationView view = current.view();
		return revise(id, current.version(), name, view.departmentKind(), view.divisionCode());
	}

	/**
	 * Changes name, department kind and division, provided nobody changed the organization since
	 * {@code expectedVersion} was read.
	 */
	@Transactional
	OrganizationView revise(long id, long expectedVersion, String name, DepartmentKind departmentKind,
			String divisionCode) {
		DataScope scope = dataScopes.current();
		requireInScope(scope, id);
		OrganizationView current = live(id).view();
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
		OrganizationView revised = get(id);
		events.publishEvent(AuditEvent.updated(ENTITY, id, fields(current), fields(revised)));
		return revised;
	}

	@Override
	@Transactional
	public OrganizationView move(long id, long newParentId) {
		DataScope scope = dataScopes.current();
		requireInScope(scope, id);
		requireInScope(scope, newParentId);
		organizations.lockWithAncestors(id, newParentId);
		OrganizationView moved = live(id).view();
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
		return get(id);
	}

	@Override
	@Transactional
	public OrganizationView dissolve(long id, Long transferToId) {
		DataScope scope = dataScopes.current();
		requireInScope(scope, id);
		if (transferToId != null) {
			requireInScope(scope, transferToId);
		}
		organizations.lockWithAncestors(transferToId == null ? new long[] {id} : new long[] {id, transferToId});
		OrganizationView dissolving = live(id).view();
		List<OrganizationView> children = organizations.allChildren(id);
		long members = countMembers(id);
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
		return get(id);
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

	@Override
	public List<PositionView> positions(long organizationId) {
		details(organizationId);
		return positions.held(organizationId);
	}

	@Override
	@Transactional
	public PositionView assignPosition(long organizationId, long personId, PositionRole role, LocalDate since) {
		DataScope scope = dataScopes.current();
		requireInScope(scope, organizationId);
		organizations.lockWithAncestors(organizationId);
		OrganizationView organization = live(organizationId).view();
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
		events.publishEvent(AuditEvent.created(POSITION, assigned.id(), positionFields(assigned)));
		return assigned;
	}

	@Override
	@Transactional
	public PositionView endPosition(long positionId, LocalDate endedOn) {
		PositionView position = positions.find(positionId)
				.orElseThrow(() -> notFound("position", positionId));
		requireInScope(dataScopes.current(), position.organizationId());
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
		events.publishEvent(AuditEvent.updated(POSITION, positionId, positionFields(position), positionFields(ended)));
		return ended;
	}

	/** Ends a post, provided it belongs to the given organization. */
	@Transactional
	PositionView endPosition(long organizationId, long positionId, LocalDate endedOn) {
		requireInScope(dataScopes.current(), organizationId);
		if (positions.find(positionId).filter(p -> p.organizationId() == organizationId).isEmpty()) {
			throw notFound("position", positionId);
		}
		return endPosition(positionId, endedOn);
	}

	boolean mayFoundRoots() {
		return dataScopes.current().unrestricted();
	}

	/** Forbidden (403) unless the organization lies in the caller's scope. */
	void requireChangeable(long id) {
		requireInScope(dataScopes.current(), id);
	}

	/**
	 * An organization just founded by the caller, read past the scope: the caller's scope may have
	 * been computed before it existed.
	 */
	OrganizationDetails detailsOfNew(long id) {
		return organizations.find(id).orElseThrow(() -> notFound(id));
	}

	private ScopeFilter filter() {
		return ScopeFilter.of(dataScopes.current());
	}

	/** A change outside the caller's scope is forbidden (403), whether or not the organization exists. */
	private static void requireInScope(DataScope scope, long organizationId) {
		if (!scope.coversOrganization(organizationId)) {
			throw new AccessDeniedException("Organization " + organizationId + " is outside the caller's data scope");
		}
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

	private static Map<String, Object> positionFields(PositionView p) {
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("organizationId", p.organizationId());
		fields.put("personId", p.personId());
		fields.put("role", p.role());
		fields.put("since", p.since());
		fields.put("endedOn", p.endedOn());
		return fields;
	}

	private OrganizationDetails live(long id) {
		OrganizationDetails details = details(id);
		if (details.view().dissolved()) {
			throw DomainException.conflict("organization.dissolved", details.view().name());
		}
		return details;
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

	private static void checkDepartmentKind(OrganizationKind kind, DepartmentKind departmentKind, List<FieldFault> faults) {
		if (kind.needsDepartmentKind() && departmentKind == null) {
			faults.add(new FieldFault("departmentKind", "organization.departmentKind.required"));
		}
		else if (!kind.needsDepartmentKind() && departmentKind != null) {
			faults.add(new FieldFault("departmentKind", "organization.departmentKind.forbidden"));
		}
	}

	static DomainException notFound(long id) {
		return notFound("organization", id);
	}

	/** Not found, with the kind of thing named in the reader's language. */
	private static DomainException notFound(String what, long id) {
		return new DomainException(Kind.NOT_FOUND, "error.notFound", new DefaultMessageSourceResolvable(what),
				String.valueOf(id));
	}
}

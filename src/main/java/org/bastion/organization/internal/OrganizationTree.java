package org.bastion.organization.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.bastion.common.DomainException.FieldFault;
import org.bastion.common.DomainException.Kind;
import org.bastion.common.DomainException;
import org.bastion.common.PageRequest;
import org.bastion.common.PageResult;
import org.bastion.geography.Divisions;
import org.bastion.organization.DepartmentKind;
import org.bastion.organization.MemberRegistry;
import org.bastion.organization.NewOrganization;
import org.bastion.organization.OrganizationKind;
import org.bastion.organization.OrganizationSearch;
import org.bastion.organization.OrganizationView;
import org.bastion.organization.Organizations;
import org.bastion.organization.PositionRole;
import org.bastion.organization.PositionView;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The Party organization tree: its rules for founding, renaming, moving and dissolving, and its posts. */
@Service
@Transactional(readOnly = true)
public class OrganizationTree implements Organizations {

	static final int MAX_NAME_LENGTH = 100;

	private final OrganizationRepository organizations;
	private final PositionRepository positions;
	private final Divisions divisions;
	private final ObjectProvider<MemberRegistry> memberRegistries;

	OrganizationTree(OrganizationRepository organizations, PositionRepository positions, Divisions divisions,
			ObjectProvider<MemberRegistry> memberRegistries) {
		this.organizations = organizations;
		this.positions = positions;
		this.divisions = divisions;
		this.memberRegistries = memberRegistries;
	}

	@Override
	public Optional<OrganizationView> find(long id) {
		return organizations.find(id).map(OrganizationDetails::view);
	}

	@Override
	public OrganizationView get(long id) {
		return details(id).view();
	}

	/** The organization with its version, or a not-found refusal. */
	public OrganizationDetails details(long id) {
		return organizations.find(id).orElseThrow(() -> notFound(id));
	}

	@Override
	public Map<Long, OrganizationView> findAll(Collection<Long> ids) {
		return organizations.findAll(ids);
	}

	@Override
	public List<OrganizationView> path(long id) {
		List<OrganizationView> path = organizations.path(id);
		if (path.isEmpty()) {
			throw notFound(id);
		}
		return path;
	}

	@Override
	public Map<Long, List<OrganizationView>> paths(Collection<Long> ids) {
		return organizations.paths(ids);
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
	public List<OrganizationView> tiedTo(String divisionCode) {
		return organizations.tiedTo(divisionCode);
	}

	@Override
	public List<OrganizationView> roots() {
		return organizations.roots();
	}

	@Override
	public List<OrganizationView> children(long id) {
		return organizations.children(id);
	}

	@Override
	public Map<OrganizationKind, Long> countDescendantsByKind(long id) {
		return organizations.countDescendantsByKind(id);
	}

	/** Live organizations below each of these, by id; those with none are left out. */
	public Map<Long, Long> countDescendants(Collection<Long> ids) {
		return organizations.countDescendants(ids);
	}

	@Override
	public PageResult<OrganizationView> search(OrganizationSearch search, PageRequest page) {
		return organizations.search(search, page);
	}

	/** Members the people module counts in the organization; none when no such module runs. */
	public long countMembers(long id) {
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
		String divisionCode = checkDivision(o.divisionCode(), faults);
		int depth = 0;
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
			}
		}
		if (!faults.isEmpty()) {
			throw DomainException.invalid(faults);
		}
		long id = organizations.insert(
				new OrganizationRepository.NewRow(name, o.kind(), o.departmentKind(), divisionCode, o.parentId(), depth));
		return get(id);
	}

	@Override
	@Transactional
	public List<Long> createAll(List<NewOrganization> list) {
		Set<Long> parentIds = new HashSet<>();
		Set<String> codes = new HashSet<>();
		for (NewOrganization o : list) {
			if (o.parentId() != null) {
				parentIds.add(o.parentId());
			}
			if (o.divisionCode() != null && !o.divisionCode().isBlank()) {
				codes.add(o.divisionCode().strip());
			}
		}
		Map<Long, OrganizationView> parents = findAll(parentIds);
		Set<String> knownCodes = codes.isEmpty() ? Set.of() : divisions.findAll(codes).keySet();
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
		return organizations.insertAll(rows);
	}

	@Override
	@Transactional
	public OrganizationView rename(long id, String name) {
		OrganizationDetails current = live(id);
		OrganizationView view = current.view();
		return revise(id, current.version(), name, view.departmentKind(), view.divisionCode());
	}

	/**
	 * Changes name, department kind and division, provided nobody changed the organization since
	 * {@code expectedVersion} was read.
	 */
	@Transactional
	public OrganizationView revise(long id, long expectedVersion, String name, DepartmentKind departmentKind,
			String divisionCode) {
		OrganizationView current = live(id).view();
		List<FieldFault> faults = new ArrayList<>();
		String checkedName = checkName(name, faults);
		checkDepartmentKind(current.kind(), departmentKind, faults);
		String checkedCode = checkDivision(divisionCode, faults);
		if (!faults.isEmpty()) {
			throw DomainException.invalid(faults);
		}
		if (!organizations.update(id, expectedVersion, checkedName, departmentKind, checkedCode)) {
			throw DomainException.conflict("error.conflict.version");
		}
		return get(id);
	}

	@Override
	@Transactional
	public OrganizationView move(long id, long newParentId) {
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
			organizations.moveSubtree(id, newParentId, parent.depth() + 1 - moved.depth());
		}
		return get(id);
	}

	@Override
	@Transactional
	public OrganizationView dissolve(long id, Long transferToId) {
		organizations.lockWithAncestors(transferToId == null ? new long[] {id} : new long[] {id, transferToId});
		OrganizationView dissolving = live(id).view();
		List<OrganizationView> children = organizations.children(id);
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
			for (OrganizationView child : children) {
				organizations.moveSubtree(child.id(), target.id(), target.depth() + 1 - child.depth());
			}
			if (members > 0) {
				memberRegistries.orderedStream().forEach(r -> r.transferMembers(id, target.id()));
			}
			positions.moveHeld(id, target.id());
		}
		organizations.markDissolved(id);
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
		organizations.lockWithAncestors(organizationId);
		OrganizationView organization = live(organizationId).view();
		List<FieldFault> faults = new ArrayList<>();
		if (personId <= 0) {
			faults.add(new FieldFault("personId", "position.person.required"));
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
		return positions.find(positions.insert(organizationId, personId, role, since)).orElseThrow();
	}

	@Override
	@Transactional
	public PositionView endPosition(long positionId, LocalDate endedOn) {
		PositionView position = positions.find(positionId)
				.orElseThrow(() -> notFound("position", positionId));
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
		return positions.find(positionId).orElseThrow();
	}

	/** Ends a post, provided it belongs to the given organization. */
	@Transactional
	public PositionView endPosition(long organizationId, long positionId, LocalDate endedOn) {
		if (positions.find(positionId).filter(p -> p.organizationId() == organizationId).isEmpty()) {
			throw notFound("position", positionId);
		}
		return endPosition(positionId, endedOn);
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

	private String checkDivision(String code, List<FieldFault> faults) {
		if (code == null || code.isBlank()) {
			return null;
		}
		String stripped = code.strip();
		if (!divisions.exists(stripped)) {
			faults.add(new FieldFault("divisionCode", "organization.division.unknown", stripped));
		}
		return stripped;
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

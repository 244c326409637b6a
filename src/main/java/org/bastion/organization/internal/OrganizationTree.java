package org.bastion.organization.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.bastion.common.PageRequest;
import org.bastion.common.PageResult;
import org.bastion.common.scope.DataScope;
import org.bastion.organization.DepartmentKind;
import org.bastion.organization.NewOrganization;
import org.bastion.organization.OrganizationKind;
import org.bastion.organization.OrganizationSearch;
import org.bastion.organization.OrganizationView;
import org.bastion.organization.Organizations;
import org.bastion.organization.PositionRole;
import org.bastion.organization.PositionView;
import org.bastion.organization.SubtreeCoverage;
import org.springframework.stereotype.Service;

/**
 * The Party organization tree, as the {@link Organizations} façade other modules call: reads are
 * {@link OrganizationQueries} (limited to the caller's {@link DataScope} in their SQL, 404 outside),
 * founding, renaming, moving and dissolving are {@link OrganizationCommands}, posts are
 * {@link OrganizationPositions} (changes 403 outside the scope, each in the audit trail).
 * Authorities are checked one layer up, by {@link OrganizationManagement}, which the pages and the
 * API call.
 */
@Service
public class OrganizationTree implements Organizations {

	private final OrganizationQueries queries;
	private final OrganizationCommands commands;
	private final OrganizationPositions positions;
	private final OrganizationReferences references;

	OrganizationTree(OrganizationQueries queries, OrganizationCommands commands, OrganizationPositions positions,
			OrganizationReferences references) {
		this.references = references;
		this.queries = queries;
		this.commands = commands;
		this.positions = positions;
	}

	@Override
	public Optional<OrganizationView> find(long id) {
		return queries.find(id);
	}

	@Override
	public OrganizationView get(long id) {
		return queries.get(id);
	}

	/** The organization with its version, or a not-found refusal when unknown or outside the caller's scope. */
	OrganizationDetails details(long id) {
		return queries.details(id);
	}

	@Override
	public Map<Long, OrganizationView> findAll(Collection<Long> ids) {
		return queries.findAll(ids);
	}

	@Override
	public List<OrganizationView> path(long id) {
		return queries.path(id);
	}

	/** The path of an organization in scope, from the topmost organization of the scope down. */
	List<OrganizationView> scopedPath(long id) {
		return queries.scopedPath(id);
	}

	/** The path of an organization just founded in scope: its parent's path and itself. */
	List<OrganizationView> pathOfNew(OrganizationView created) {
		return queries.pathOfNew(created);
	}

	@Override
	public Map<Long, List<OrganizationView>> paths(Collection<Long> ids) {
		return queries.paths(ids);
	}

	@Override
	public boolean isWithin(long descendantId, long ancestorId) {
		return queries.isWithin(descendantId, ancestorId);
	}

	@Override
	public List<Long> subtreeIds(long rootId) {
		return queries.subtreeIds(rootId);
	}

	@Override
	public SubtreeCoverage coverage(Collection<Long> rootIds) {
		return queries.coverage(rootIds);
	}

	@Override
	public List<OrganizationView> tiedTo(String divisionCode) {
		return queries.tiedTo(divisionCode);
	}

	@Override
	public List<OrganizationView> roots() {
		return queries.roots();
	}

	@Override
	public List<OrganizationView> children(long id) {
		return queries.children(id);
	}

	@Override
	public Map<OrganizationKind, Long> countDescendantsByKind(long id) {
		return queries.countDescendantsByKind(id);
	}

	/** The live children in scope, grouped under headings, in the county's order. */
	List<SiblingOrder.Group> childGroups(long id) {
		return queries.childGroups(id);
	}

	/** Live children in scope of each of these, by id; those with none are left out. */
	Map<Long, Long> countChildren(Collection<Long> ids) {
		return queries.countChildren(ids);
	}

	/** Live organizations in scope below each of these, by id; those with none are left out. */
	Map<Long, Long> countDescendants(Collection<Long> ids) {
		return queries.countDescendants(ids);
	}

	@Override
	public PageResult<OrganizationView> search(OrganizationSearch search, PageRequest page) {
		return queries.search(search, page);
	}

	@Override
	public org.bastion.organization.OrganizationReference resolve(String text) {
		return references.resolve(text);
	}

	/** Members the people module counts in the organization; none when no such module runs. */
	long countMembers(long id) {
		return queries.countMembers(id);
	}

	@Override
	public OrganizationView create(NewOrganization o) {
		return commands.create(o);
	}

	@Override
	public List<Long> createAll(List<NewOrganization> list) {
		return commands.createAll(list);
	}

	@Override
	public OrganizationView rename(long id, String name) {
		return commands.rename(id, name);
	}

	/** Changes name, department kind and division, provided nobody changed it since {@code expectedVersion}. */
	OrganizationView revise(long id, long expectedVersion, String name, DepartmentKind departmentKind, String divisionCode) {
		return commands.revise(id, expectedVersion, name, departmentKind, divisionCode);
	}

	@Override
	public OrganizationView move(long id, long newParentId) {
		return commands.move(id, newParentId);
	}

	@Override
	public OrganizationView dissolve(long id, Long transferToId) {
		return commands.dissolve(id, transferToId);
	}

	@Override
	public List<PositionView> positions(long organizationId) {
		return positions.held(organizationId);
	}

	@Override
	public PositionView assignPosition(long organizationId, long personId, PositionRole role, LocalDate since) {
		return positions.assign(organizationId, personId, role, since);
	}

	@Override
	public PositionView endPosition(long positionId, LocalDate endedOn) {
		return positions.end(positionId, endedOn);
	}

	/** Ends a post, provided it belongs to the given organization. */
	PositionView endPosition(long organizationId, long positionId, LocalDate endedOn) {
		return positions.end(organizationId, positionId, endedOn);
	}

	boolean mayFoundRoots() {
		return queries.mayFoundRoots();
	}

	/** Forbidden (403) unless the organization lies in the caller's scope. */
	void requireChangeable(long id) {
		commands.requireChangeable(id);
	}

	/** An organization just founded by the caller, read past the scope (see {@link OrganizationQueries#detailsOfNew}). */
	OrganizationDetails detailsOfNew(long id) {
		return queries.detailsOfNew(id);
	}
}

package org.bastion.organization.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.bastion.common.PageRequest;
import org.bastion.common.PageResult;
import org.bastion.common.scope.FoundOrForbidden;
import org.bastion.common.security.Authorities;
import org.bastion.organization.DepartmentKind;
import org.bastion.organization.NewOrganization;
import org.bastion.organization.OrganizationKind;
import org.bastion.organization.OrganizationSearch;
import org.bastion.organization.OrganizationView;
import org.bastion.organization.PositionRole;
import org.bastion.organization.PositionView;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * What the organization pages and the JSON API may do, each method guarded by a named authority:
 * {@value Authorities#ORGANIZATION_READ} to read, {@value Authorities#ORGANIZATION_WRITE} to change.
 * Both kinds of controller call only this, so neither can be more permissive than the other. The
 * data scope is applied one layer down, by {@link OrganizationTree}, where the data is read.
 */
@Service
@PreAuthorize(OrganizationManagement.READ)
public class OrganizationManagement {

	static final String READ = "hasAuthority('" + Authorities.ORGANIZATION_READ + "')";
	static final String WRITE = "hasAuthority('" + Authorities.ORGANIZATION_WRITE + "')";

	private final OrganizationTree tree;
	private final SiblingOrdering ordering;

	OrganizationManagement(OrganizationTree tree, SiblingOrdering ordering) {
		this.tree = tree;
		this.ordering = ordering;
	}

	/** The organization's explicit place among its siblings (排序号), or null for the default order. */
	public Integer sortOrder(long id) {
		tree.details(id);
		return ordering.sortOrder(id);
	}

	/** Sets the explicit place among the siblings (1 first), null for the default order; 403 outside the scope. */
	@PreAuthorize(WRITE)
	public void reorder(long id, Integer sortOrder) {
		ordering.reorder(id, sortOrder);
	}

	public Optional<OrganizationView> find(long id) {
		return tree.find(id);
	}

	/** The organization in scope, or not found (404). */
	public OrganizationView get(long id) {
		return tree.get(id);
	}

	/** The organization in scope with its version, or not found (404). */
	public OrganizationDetails details(long id) {
		return tree.details(id);
	}

	/** From the topmost organization of the caller's scope down to this one; not found outside the scope. */
	public List<OrganizationView> path(long id) {
		return tree.scopedPath(id);
	}

	public Map<Long, List<OrganizationView>> paths(Collection<Long> ids) {
		return tree.paths(ids);
	}

	/** Whether {@code descendantId} is {@code ancestorId} or lies below it; structural, for pickers. */
	public boolean isWithin(long descendantId, long ancestorId) {
		return tree.isWithin(descendantId, ancestorId);
	}

	/** The topmost live organizations of the caller's scope. */
	public List<OrganizationView> roots() {
		return tree.roots();
	}

	public List<OrganizationView> children(long id) {
		return tree.children(id);
	}

	/** The children in scope grouped by kind under headings (乡镇党委, 县直机关…), in the county's order. */
	public List<ChildGroup> childGroups(long id) {
		return tree.childGroups(id).stream().map(g -> new ChildGroup(g.key(), g.members())).toList();
	}

	/** Siblings under one heading: the heading's message key and the organizations in order. */
	public record ChildGroup(String key, List<OrganizationView> members) {
	}

	/** How many live children in scope each of these has, by id; those with none are left out. */
	public Map<Long, Long> countChildren(Collection<Long> ids) {
		return tree.countChildren(ids);
	}

	public Map<OrganizationKind, Long> countDescendantsByKind(long id) {
		return tree.countDescendantsByKind(id);
	}

	public Map<Long, Long> countDescendants(Collection<Long> ids) {
		return tree.countDescendants(ids);
	}

	public PageResult<OrganizationView> search(OrganizationSearch search, PageRequest page) {
		return tree.search(search, page);
	}

	public long countMembers(long id) {
		tree.details(id);
		return tree.countMembers(id);
	}

	public List<PositionView> positions(long organizationId) {
		return tree.positions(organizationId);
	}

	/**
	 * The organization with its version when the caller may change it: for the forms that change it.
	 * Forbidden (403) outside the caller's scope.
	 */
	@PreAuthorize(WRITE)
	public OrganizationDetails forChange(long id) {
		tree.requireChangeable(id);
		return tree.details(id);
	}

	/**
	 * Forbidden (403) unless the caller may found an organization under this parent: one in scope,
	 * or, for a root, an unrestricted scope.
	 */
	@PreAuthorize(WRITE)
	public void checkMayCreate(Long parentId) {
		if (parentId != null) {
			tree.requireChangeable(parentId);
		}
		else {
			FoundOrForbidden.mayChange(tree.mayFoundRoots());
		}
	}

	/** Whether the caller's scope lets them found a root organization; for showing the button. */
	public boolean mayFoundRoots() {
		return tree.mayFoundRoots();
	}

	/** Founds an organization and returns it with its version and its path within the caller's scope. */
	@PreAuthorize(WRITE)
	public Founded create(NewOrganization organization) {
		OrganizationView created = tree.create(organization);
		return new Founded(tree.detailsOfNew(created.id()), tree.pathOfNew(created));
	}

	/** A newly founded organization and its path from the top of the caller's scope. */
	public record Founded(OrganizationDetails details, List<OrganizationView> path) {
	}

	@PreAuthorize(WRITE)
	public OrganizationView revise(long id, long expectedVersion, String name, DepartmentKind departmentKind,
			String divisionCode) {
		return tree.revise(id, expectedVersion, name, departmentKind, divisionCode);
	}

	@PreAuthorize(WRITE)
	public OrganizationView move(long id, long newParentId) {
		return tree.move(id, newParentId);
	}

	@PreAuthorize(WRITE)
	public OrganizationView dissolve(long id, Long transferToId) {
		return tree.dissolve(id, transferToId);
	}

	@PreAuthorize(WRITE)
	public PositionView assignPosition(long organizationId, long personId, PositionRole role, LocalDate since) {
		return tree.assignPosition(organizationId, personId, role, since);
	}

	@PreAuthorize(WRITE)
	public PositionView endPosition(long organizationId, long positionId, LocalDate endedOn) {
		return tree.endPosition(organizationId, positionId, endedOn);
	}
}

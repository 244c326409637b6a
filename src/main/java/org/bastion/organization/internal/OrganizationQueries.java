package org.bastion.organization.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.bastion.common.DomainException;
import org.bastion.common.PageRequest;
import org.bastion.common.PageResult;
import org.bastion.common.scope.DataScope;
import org.bastion.common.scope.DataScopes;
import org.bastion.common.scope.FoundOrForbidden;
import org.bastion.organization.MemberRegistry;
import org.bastion.organization.OrganizationKind;
import org.bastion.organization.OrganizationSearch;
import org.bastion.organization.OrganizationView;
import org.bastion.organization.SubtreeCoverage;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading the tree: every read that serves a caller is limited to the caller's {@link DataScope} in
 * its SQL, and an organization outside it is not found (404), the same as one that does not exist.
 * The structural reads ({@link #path}, {@link #subtreeIds}, {@link #isWithin}, {@link #coverage},
 * {@link #tiedTo}) are unscoped: the access module computes scopes with them.
 */
@Component
@Transactional(readOnly = true)
class OrganizationQueries {

	static final String ENTITY = "organization";

	private final OrganizationRepository organizations;
	private final ObjectProvider<MemberRegistry> memberRegistries;
	private final DataScopes dataScopes;
	private final SiblingRows siblings;

	OrganizationQueries(OrganizationRepository organizations, ObjectProvider<MemberRegistry> memberRegistries,
			DataScopes dataScopes, SiblingRows siblings) {
		this.organizations = organizations;
		this.siblings = siblings;
		this.memberRegistries = memberRegistries;
		this.dataScopes = dataScopes;
	}

	Optional<OrganizationView> find(long id) {
		if (!dataScopes.current().coversOrganization(id)) {
			return Optional.empty();
		}
		return organizations.find(id).map(OrganizationDetails::view);
	}

	OrganizationView get(long id) {
		return details(id).view();
	}

	/** The organization with its version, or a not-found refusal when unknown or outside the caller's scope. */
	OrganizationDetails details(long id) {
		return FoundOrForbidden.found(organizations.find(id), dataScopes.current().coversOrganization(id), ENTITY, id);
	}

	/** The organization in scope, refused as a conflict when dissolved: what a change starts from. */
	OrganizationDetails live(long id) {
		OrganizationDetails details = details(id);
		if (details.view().dissolved()) {
			throw DomainException.conflict("organization.dissolved", details.view().name());
		}
		return details;
	}

	/**
	 * An organization just founded by the caller, read past the scope: the caller's scope may have
	 * been computed before it existed.
	 */
	OrganizationDetails detailsOfNew(long id) {
		return FoundOrForbidden.found(organizations.find(id), ENTITY, id);
	}

	Map<Long, OrganizationView> findAll(Collection<Long> ids) {
		return organizations.findAll(ids, dataScopes.current());
	}

	/** Structural, unscoped: the whole path from the root down. */
	List<OrganizationView> path(long id) {
		List<OrganizationView> path = organizations.path(id);
		return FoundOrForbidden.found(Optional.of(path).filter(p -> !p.isEmpty()), ENTITY, id);
	}

	/** The path of an organization in scope, from the topmost organization of the scope down. */
	List<OrganizationView> scopedPath(long id) {
		details(id);
		return organizations.paths(List.of(id), dataScopes.current()).getOrDefault(id, List.of());
	}

	/** The path of an organization just founded in scope: its parent's path and itself. */
	List<OrganizationView> pathOfNew(OrganizationView created) {
		List<OrganizationView> path = new ArrayList<>(created.parentId() == null ? List.of() : scopedPath(created.parentId()));
		path.add(created);
		return path;
	}

	Map<Long, List<OrganizationView>> paths(Collection<Long> ids) {
		return organizations.paths(ids, dataScopes.current());
	}

	boolean isWithin(long descendantId, long ancestorId) {
		return organizations.isWithin(descendantId, ancestorId);
	}

	List<Long> subtreeIds(long rootId) {
		return organizations.subtreeIds(rootId);
	}

	SubtreeCoverage coverage(Collection<Long> rootIds) {
		return organizations.coverage(rootIds);
	}

	List<OrganizationView> tiedTo(String divisionCode) {
		return organizations.tiedTo(divisionCode);
	}

	/** The topmost organizations of the caller's scope, in the county's order. */
	List<OrganizationView> roots() {
		return siblings.ordered(organizations.roots(dataScopes.current()));
	}

	/** The live children in scope, in the county's order ({@link SiblingOrder}). */
	List<OrganizationView> children(long id) {
		DataScope scope = inScope(id);
		return siblings.ordered(organizations.children(id, scope));
	}

	/** The live children in scope, grouped by kind under headings, in the county's order. */
	List<SiblingOrder.Group> childGroups(long id) {
		DataScope scope = inScope(id);
		return siblings.grouped(organizations.children(id, scope));
	}

	/** Live children in scope of each of these, by id; those with none are left out. */
	Map<Long, Long> countChildren(Collection<Long> ids) {
		return siblings.countChildren(ids, dataScopes.current());
	}

	Map<OrganizationKind, Long> countDescendantsByKind(long id) {
		DataScope scope = inScope(id);
		return organizations.countDescendantsByKind(id, scope);
	}

	/** Live organizations in scope below each of these, by id; those with none are left out. */
	Map<Long, Long> countDescendants(Collection<Long> ids) {
		return organizations.countDescendants(ids, dataScopes.current());
	}

	PageResult<OrganizationView> search(OrganizationSearch search, PageRequest page) {
		return organizations.search(search, page, dataScopes.current());
	}

	/** Members the people module counts in the organization; none when no such module runs. */
	long countMembers(long id) {
		return memberRegistries.orderedStream().mapToLong(r -> r.countMembers(id)).sum();
	}

	boolean mayFoundRoots() {
		return dataScopes.current().unrestricted();
	}

	/** The caller's scope, provided it covers the organization; else not found (404). */
	private DataScope inScope(long id) {
		DataScope scope = dataScopes.current();
		if (!scope.coversOrganization(id)) {
			throw FoundOrForbidden.notFound(ENTITY, id);
		}
		return scope;
	}
}

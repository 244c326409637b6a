package org.bastion.organization;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.bastion.common.PageRequest;
import org.bastion.common.PageResult;

/**
 * What other modules may ask of the organization tree. Refusals are
 * {@link org.bastion.common.DomainException}s; every change runs in its own transaction and is
 * recorded in the audit trail.
 *
 * <p>Data scope ({@link org.bastion.common.scope.DataScopes#current()}): every read that serves a
 * caller sees only the organizations in the caller's scope — outside it {@link #find} is empty,
 * {@link #get} and the reads of one organization's surroundings are not found (404), lists simply
 * leave it out. Every change outside the scope is forbidden
 * ({@link org.springframework.security.access.AccessDeniedException}, 403). Outside any request
 * (start-up, commands) the system's scope is everything. Methods marked <em>structural, unscoped;
 * callers apply scope</em> answer about the whole tree, because the access module computes scopes
 * with them.
 *
 * <p>Authorities are not checked here: a calling module guards its own entry points; the
 * organization pages and API call a guarded layer that requires {@code organization:read} and
 * {@code organization:write}.
 */
public interface Organizations {

	Optional<OrganizationView> find(long id);

	/** The organization or a not-found refusal. */
	OrganizationView get(long id);

	/** The organizations with these ids, by id, in one query; unknown ids are left out. */
	Map<Long, OrganizationView> findAll(Collection<Long> ids);

	/** From the root down to the organization itself. Structural, unscoped; callers apply scope. */
	List<OrganizationView> path(long id);

	/**
	 * The paths of several organizations in scope, by id, in one query; each path starts at the
	 * topmost organization of the scope. Ids outside the scope are left out.
	 */
	Map<Long, List<OrganizationView>> paths(Collection<Long> ids);

	/** Whether {@code descendantId} is {@code ancestorId} or lies below it. Structural, unscoped; callers apply scope. */
	boolean isWithin(long descendantId, long ancestorId);

	/**
	 * Ids of the organization and everything below it, dissolved ones included; read afresh from the
	 * closure table, so a scope computed from it follows a move at once. Structural, unscoped;
	 * callers apply scope.
	 */
	List<Long> subtreeIds(long rootId);

	/**
	 * The organizations of the subtrees below these roots and the division prefixes they govern, in
	 * one query, read afresh from the closure table: only codes within a root's own division count,
	 * so a root tied to no division governs none. Unknown roots add nothing. Structural, unscoped;
	 * callers apply scope.
	 */
	SubtreeCoverage coverage(Collection<Long> rootIds);

	/**
	 * Live organizations tied to a division, e.g. the branch of a village committee. Structural,
	 * unscoped; callers apply scope.
	 */
	List<OrganizationView> tiedTo(String divisionCode);

	/**
	 * Live organizations without a parent, by name; for a caller with a limited scope, the topmost
	 * organizations of that scope.
	 */
	List<OrganizationView> roots();

	/** Live direct children in scope, by name; not found when the organization is outside the scope. */
	List<OrganizationView> children(long id);

	/** Live organizations in scope below this one (itself excluded), counted by kind; not found outside the scope. */
	Map<OrganizationKind, Long> countDescendantsByKind(long id);

	/** Live organizations in scope matching the filters, by name. */
	PageResult<OrganizationView> search(OrganizationSearch search, PageRequest page);

	/**
	 * The live organization a clerk's text names in the caller's scope — its id, its full name, or its
	 * path of full names separated by {@code /} from any level down — or why none: not found, or ambiguous
	 * with the candidates' paths.
	 */
	OrganizationReference resolve(String text);

	/**
	 * Founds an organization under a live parent in scope, or a root when no parent is given (only
	 * with an unrestricted scope).
	 */
	OrganizationView create(NewOrganization organization);

	/**
	 * Founds many organizations at once, all or nothing, each under an organization that exists
	 * before the call (create a level at a time); for imports and generated data. Returns the new
	 * ids in the order given. Recorded as one audit entry for the batch.
	 */
	List<Long> createAll(List<NewOrganization> organizations);

	OrganizationView rename(long id, String name);

	/**
	 * Moves the organization and everything below it under a new parent; both must be in scope.
	 * Refused when the new parent is the organization itself or lies below it, when a live
	 * organization of the subtree is tied to a division outside the new parent's, and, for a scoped
	 * caller, when the organization is the top of their scope.
	 */
	OrganizationView move(long id, long newParentId);

	/**
	 * Dissolves an organization. Without a transfer target it is refused while the organization has
	 * live children, members or held posts; with one, those go to the target first. Both must be in
	 * scope.
	 */
	OrganizationView dissolve(long id, Long transferToId);

	/** Posts held now in the organization, secretary first; not found outside the scope. */
	List<PositionView> positions(long organizationId);

	/** Gives a person a post; an organization has one secretary at a time. */
	PositionView assignPosition(long organizationId, long personId, PositionRole role, LocalDate since);

	/** Ends a held post on the given day. */
	PositionView endPosition(long positionId, LocalDate endedOn);
}

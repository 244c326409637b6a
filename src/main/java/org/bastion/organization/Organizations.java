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
 * {@link org.bastion.common.DomainException}s; every change runs in its own transaction.
 */
public interface Organizations {

	Optional<OrganizationView> find(long id);

	/** The organization or a not-found refusal. */
	OrganizationView get(long id);

	/** The organizations with these ids, by id, in one query; unknown ids are left out. */
	Map<Long, OrganizationView> findAll(Collection<Long> ids);

	/** From the root down to the organization itself. */
	List<OrganizationView> path(long id);

	/** The paths of several organizations, by id, in one query. */
	Map<Long, List<OrganizationView>> paths(Collection<Long> ids);

	/** Whether {@code descendantId} is {@code ancestorId} or lies below it. */
	boolean isWithin(long descendantId, long ancestorId);

	/** Ids of the organization and everything below it, dissolved ones included. */
	List<Long> subtreeIds(long rootId);

	/** Live organizations tied to a division, e.g. the branch of a village committee. */
	List<OrganizationView> tiedTo(String divisionCode);

	/** Live organizations without a parent, by name. */
	List<OrganizationView> roots();

	/** Live direct children, by name. */
	List<OrganizationView> children(long id);

	/** Live organizations below this one (itself excluded), counted by kind. */
	Map<OrganizationKind, Long> countDescendantsByKind(long id);

	/** Live organizations matching the filters, by name. */
	PageResult<OrganizationView> search(OrganizationSearch search, PageRequest page);

	/** Founds an organization under a live parent, or a root when no parent is given. */
	OrganizationView create(NewOrganization organization);

	/**
	 * Founds many organizations at once, all or nothing, each under an organization that exists
	 * before the call (create a level at a time); for imports and generated data. Returns the new
	 * ids in the order given.
	 */
	List<Long> createAll(List<NewOrganization> organizations);

	OrganizationView rename(long id, String name);

	/**
	 * Moves the organization and everything below it under a new parent. Refused when the new
	 * parent is the organization itself or lies below it.
	 */
	OrganizationView move(long id, long newParentId);

	/**
	 * Dissolves an organization. Without a transfer target it is refused while the organization has
	 * live children, members or held posts; with one, those go to the target first.
	 */
	OrganizationView dissolve(long id, Long transferToId);

	/** Posts held now in the organization, secretary first. */
	List<PositionView> positions(long organizationId);

	/** Gives a person a post; an organization has one secretary at a time. */
	PositionView assignPosition(long organizationId, long personId, PositionRole role, LocalDate since);

	/** Ends a held post on the given day. */
	PositionView endPosition(long positionId, LocalDate endedOn);
}

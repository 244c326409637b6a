package org.bastion.organization;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What other modules may ask of the organization tree. */
public interface Organizations {

	Optional<OrganizationView> find(long id);

	/** The organization or a not-found refusal. */
	OrganizationView get(long id);

	/** The organizations with these ids, by id, in one query; unknown ids are left out. */
	Map<Long, OrganizationView> findAll(Collection<Long> ids);

	/** From the root down to the organization itself. */
	List<OrganizationView> path(long id);

	/** Whether {@code descendantId} is {@code ancestorId} or lies below it. */
	boolean isWithin(long descendantId, long ancestorId);

	/** Ids of the organization and everything below it. */
	List<Long> subtreeIds(long rootId);

	/** Live organizations tied to a division, e.g. the branch of a village committee. */
	List<OrganizationView> tiedTo(String divisionCode);
}

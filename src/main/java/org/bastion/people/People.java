package org.bastion.people;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What other modules may ask about persons. Views carry ID numbers and phones masked. Every answer
 * is limited to the caller's data scope (outside any request, the system's: everything).
 */
public interface People {

	/** How many persons and Party members the caller's scope holds. */
	PeopleFigures figures();

	Optional<PersonView> find(long id);

	/** The person or a not-found refusal. */
	PersonView get(long id);

	/** The persons with these ids, by id, in one query; unknown ids are left out. */
	Map<Long, PersonView> findAll(Collection<Long> ids);

	/**
	 * Party members whose organization is one of these, e.g. {@code Organizations.subtreeIds(root)}
	 * to count a whole subtree.
	 */
	long countMembersIn(Collection<Long> organizationIds);

	/** Everyone with a cadre rank, highest rank first, then by name. */
	List<PersonView> cadres();

	/**
	 * Persons carrying the tag and registered in the division or below it (anywhere when null), by
	 * name; e.g. the mentors and reserve cadres of a township.
	 */
	List<PersonView> withTag(PersonTag tag, String divisionCode);

	/** The members of one organization (not its subtree), by name. */
	List<PersonView> membersOf(long organizationId);

	/** Cadres of one rank, by name. */
	List<PersonView> cadres(CadreRank rank);

	/**
	 * Registers many persons at once, all or nothing: every record is checked first — its own rules,
	 * its division and organization, ID numbers repeated in the list or already registered — and a
	 * single fault refuses the whole list (the faults name {@code persons[i].field}). For imports and
	 * generated data; returns the new ids by ID number.
	 */
	Map<String, Long> registerAll(List<PersonData> persons);
}

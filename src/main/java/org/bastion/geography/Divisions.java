package org.bastion.geography;

import java.util.List;
import java.util.Optional;

/** What other modules may ask about divisions. Codes are the official 统计用区划代码. */
public interface Divisions {

	Optional<Division> find(String code);

	/** The division or a not-found refusal naming the code. */
	Division get(String code);

	boolean exists(String code);

	/** The division's direct children, ordered by code. */
	List<Division> children(String code);

	/** The top-level divisions held (provinces), ordered by code. */
	List<Division> provinces();

	/** From the province down to the division itself. */
	List<Division> ancestry(String code);

	/** Every village-level division under the given division, ordered by code. */
	List<Division> villagesUnder(String code);

	/** Divisions whose name contains the text, at most {@code limit}, ordered by code. */
	List<Division> search(String text, int limit);

	long count(DivisionLevel level);

	/** The divisions with the given codes, by code; unknown codes are left out. One query, for lists. */
	java.util.Map<String, Division> findAll(java.util.Collection<String> codes);
}

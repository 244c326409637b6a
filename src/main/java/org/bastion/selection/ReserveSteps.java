package org.bastion.selection;

import java.time.LocalDate;
import java.util.List;

/**
 * The selection steps for other modules (such as the demo data), by ids: the same rules, scope,
 * authorities and timeline as the pages and the API. Who does a step is the signed-in user: the
 * name and post recorded are those of that user's account (see {@code docs/selection.md}).
 */
public interface ReserveSteps {

	boolean anyRound();

	/** Opens a round with the default rules (25–33, 中专 and above, local household, 5 working days). */
	long openRound(String name, long organizationId, LocalDate referenceDate);

	long recommend(long roundId, long personId, Recommendation recommendation, String source, Integer recommenders,
			String proposedRole);

	void townshipReview(long candidateId, boolean passed, String reason);

	void countyReview(long candidateId, boolean passed, String reason);

	void inspect(long candidateId, String inspectors, LocalDate inspectedOn, String findings, boolean passed);

	/** Publishes the candidates' public notice, starting today or later; returns its id. */
	long publishNotice(long roundId, List<Long> candidateIds, LocalDate startsOn);

	/**
	 * Records a notice published and started on a past day, for history brought in (the demo's last
	 * year's round): the same rules as {@link #publishNotice} but the day. The pages and the API have
	 * no such path: a notice published there starts today or later.
	 */
	long recordPastNotice(long roundId, List<Long> candidateIds, LocalDate publishedOn);

	/** Moves the candidates whose notice ended with no open objection into the pool now; returns how many. */
	int enterPool();

	/**
	 * Names a reserve cadre's mentor: a RESERVE_MENTOR pairing of the pairing engine, under its hard
	 * rules; returns the pairing's id.
	 */
	long nameMentor(long candidateId, long mentorPersonId, LocalDate since);

	/** Opens a training class (示范班 or 基础班) of an organization; returns its id. */
	long createClass(long organizationId, ClassKind kind, String name, LocalDate startsOn);

	/** 不适合人选调整: removes a reserve cadre from the pool on the day, with the reason. */
	void remove(long candidateId, LocalDate on, String reason);
}

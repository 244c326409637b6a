package org.bastion.selection;

import java.time.LocalDate;
import java.util.List;

/**
 * The selection steps for other modules (such as the demo data), by ids: the same rules, scope,
 * authorities and timeline as the pages and the API. Who does a step is the signed-in user, with
 * the name and post given.
 */
public interface ReserveSteps {

	boolean anyRound();

	/** Opens a round with the default rules (25–33, 中专 and above, local household, 5 working days). */
	long openRound(String name, long organizationId, LocalDate referenceDate);

	long recommend(long roundId, long personId, Recommendation recommendation, String source, Integer recommenders,
			String proposedRole, String actorName, String actorPost);

	void townshipReview(long candidateId, boolean passed, String reason, String actorName, String actorPost);

	void countyReview(long candidateId, boolean passed, String reason, String actorName, String actorPost);

	void inspect(long candidateId, String inspectors, LocalDate inspectedOn, String findings, boolean passed,
			String actorName, String actorPost);

	/** Publishes the candidates' public notice; returns its id. */
	long publishNotice(long roundId, List<Long> candidateIds, LocalDate startsOn, String actorName, String actorPost);
}

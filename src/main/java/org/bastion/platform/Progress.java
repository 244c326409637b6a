package org.bastion.platform;

/**
 * How far a long work has come. Cheap to call for every row: the platform writes it to the
 * database at most every half second (and at once when the phase changes).
 */
public interface Progress {

	/** The id of the work reporting, e.g. for the link to its result. */
	long workId();

	/** The step it is in now: a message key (e.g. {@code import.phase.check}) or plain text. */
	void phase(String phase);

	/** How many units there are in all, when known (a bar with a percentage then). */
	void total(long total);

	/** How many units are done so far, e.g. rows read. */
	void done(long done);

	/** One more unit done. */
	void step();

	/** How many problems were found so far. */
	void errors(long errors);

	/** Progress that goes nowhere: for callers that run the work directly (tests, commands). */
	static Progress none() {
		return new Progress() {
			public long workId() {
				return 0;
			}

			public void phase(String phase) {
			}

			public void total(long total) {
			}

			public void done(long done) {
			}

			public void step() {
			}

			public void errors(long errors) {
			}
		};
	}
}

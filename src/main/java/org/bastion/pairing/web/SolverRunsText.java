package org.bastion.pairing.web;

import org.bastion.pairing.internal.RunStore;

/** A proposed pair's explanation in words, for the API and the pages. */
final class SolverRunsText {

	private SolverRunsText() {
	}

	static String explain(RunStore.Proposal p) {
		return org.bastion.pairing.internal.SolverRuns.explanation(p);
	}
}

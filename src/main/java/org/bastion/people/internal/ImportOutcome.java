package org.bastion.people.internal;

import java.util.List;

import org.bastion.common.excel.ImportProblem;

/**
 * What an import did: with any problem nothing was written.
 *
 * @param rows data rows read
 * @param written records written: persons or households
 */
public record ImportOutcome(int rows, int written, List<ImportProblem> problems, long millis) {

	public boolean ok() {
		return problems.isEmpty();
	}

	/** How many distinct rows have problems (file-level ones aside). */
	public long badRows() {
		return problems.stream().filter(p -> !p.isFileLevel()).map(ImportProblem::row).distinct().count();
	}
}

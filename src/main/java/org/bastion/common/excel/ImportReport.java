package org.bastion.common.excel;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The problems found while importing one file, in the order found, each reported once. An import
 * is all-or-nothing: save the rows only when {@link #isValid()}. Not thread-safe.
 */
public final class ImportReport {

	private final Set<ImportProblem> problems = new LinkedHashSet<>();
	private final Set<Integer> rowsWithProblems = new LinkedHashSet<>();
	private int dataRows;

	public void add(ImportProblem problem) {
		problems.add(problem);
		rowsWithProblems.add(problem.row());
	}

	public void add(int row, String column, String reason) {
		add(new ImportProblem(row, column, reason));
	}

	/** Refuses the whole file, e.g. when a required column is missing. */
	public void fileProblem(String column, String reason) {
		add(ImportProblem.FILE, column, reason);
	}

	/** How many problems so far, without copying them (for progress reported per row). */
	public int problemCount() {
		return problems.size();
	}

	public List<ImportProblem> problems() {
		return List.copyOf(problems);
	}

	public boolean isValid() {
		return problems.isEmpty();
	}

	/** Whether the file itself was refused, so that its rows were not (all) read. */
	public boolean isFileRejected() {
		return rowsWithProblems.contains(ImportProblem.FILE);
	}

	public boolean hasProblemsIn(int row) {
		return rowsWithProblems.contains(row);
	}

	/** How many non-blank data rows were read. */
	public int dataRows() {
		return dataRows;
	}

	void countDataRow() {
		dataRows++;
	}
}

package org.bastion.geography;

import java.util.List;

/**
 * The outcome of a division import. When {@link #errors()} is not empty nothing was written.
 *
 * @param errors at most the first 200 faults, each with its file and line
 * @param errorCount all faults found
 */
public record DivisionImportReport(long read, long inserted, long updated, long unchanged, List<RowError> errors,
		long errorCount, long millis) {

	/** A bad row: file name, 1-based line number (the header is line 1) and the fault. */
	public record RowError(String file, long line, String message) {
		@Override
		public String toString() {
			return file + ":" + line + ": " + message;
		}
	}

	public boolean ok() {
		return errorCount == 0;
	}
}

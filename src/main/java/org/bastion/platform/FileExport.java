package org.bastion.platform;

import java.io.IOException;
import java.io.OutputStream;
import java.util.function.LongConsumer;

/**
 * One Excel export as {@link FileExports} answers it.
 *
 * @param kind what it is, e.g. {@code people.export.persons}: one of a kind runs at a time per user
 * @param fileName the file's name as the user gets it, e.g. {@code 人员.xlsx}
 * @param rows how many rows it will have (one count in the caller's scope): above
 *        {@code bastion.export.long-work-rows} the export runs as long work
 * @param body writes the file, streaming its rows from the database; reports the rows written so far
 */
public record FileExport(String kind, String fileName, long rows, Body body) {

	/** Writes the whole file to {@code out} (left open), telling {@code rowsWritten} the rows so far. */
	@FunctionalInterface
	public interface Body {
		void write(OutputStream out, LongConsumer rowsWritten) throws IOException;
	}
}

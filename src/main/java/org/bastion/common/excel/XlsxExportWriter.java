package org.bastion.common.excel;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.LongConsumer;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Streams an export to .xlsx with little memory: only the last {@value #WINDOW} rows stay in memory,
 * the rest go to a compressed temporary file that {@link #close()} deletes. Row 1 holds bold
 * headers with a filter, frozen; {@link #openWithNotes} adds the notes row of a template so that
 * the file can be edited and imported again.
 * <p>
 * Values become cells by their Java type: {@link CharSequence} as text (so long digit strings stay
 * text), {@link LocalDate} and {@link LocalDateTime} as real Excel dates (yyyy-mm-dd), numbers as
 * numbers unless they have more than 15 significant digits (Excel's precision) in which case as
 * text, {@link Boolean} as 是/否, {@code null} as a blank cell, anything else by {@code toString()}.
 * Not thread-safe.
 */
public final class XlsxExportWriter implements AutoCloseable {

	/** Rows kept in memory before older ones are flushed to the temporary file. */
	public static final int WINDOW = 100;

	private static final int EXCEL_DIGITS = 15;
	private static final int MAX_CELL_TEXT = 32_767;

	private final OutputStream out;
	private final List<XlsxColumn> columns;
	private final SXSSFWorkbook workbook;
	private final SXSSFSheet sheet;
	private final Styles styles;
	private int nextRow;
	private int dataRows;
	private LongConsumer rowsWritten = rows -> {
	};
	private boolean closed;

	private XlsxExportWriter(OutputStream out, String sheetName, List<XlsxColumn> columns, boolean withNotes) {
		if (columns.isEmpty()) {
			throw new IllegalArgumentException("an export needs columns");
		}
		this.out = Objects.requireNonNull(out);
		this.columns = List.copyOf(columns);
		this.workbook = new SXSSFWorkbook(WINDOW);
		workbook.setCompressTempFiles(true);
		this.styles = new Styles(workbook);
		this.sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(sheetName));
		styles.layOut(sheet, this.columns);
		Row headers = sheet.createRow(nextRow++);
		for (int i = 0; i < this.columns.size(); i++) {
			Cell cell = headers.createCell(i);
			cell.setCellValue(this.columns.get(i).header());
			cell.setCellStyle(styles.header);
		}
		if (withNotes) {
			Row notes = sheet.createRow(nextRow++);
			for (int i = 0; i < this.columns.size(); i++) {
				Cell cell = notes.createCell(i);
				cell.setCellValue(this.columns.get(i).notesText());
				cell.setCellStyle(styles.notes);
			}
		}
		sheet.createFreezePane(0, nextRow);
		sheet.setAutoFilter(new CellRangeAddress(0, 0, 0, this.columns.size() - 1));
	}

	/** Starts an export with a header row only; {@code out} is written on {@link #close()} and left open. */
	public static XlsxExportWriter open(OutputStream out, String sheetName, List<XlsxColumn> columns) {
		return new XlsxExportWriter(out, sheetName, columns, false);
	}

	/** Starts an export with the header row and the template's notes row, ready for re-import. */
	public static XlsxExportWriter openWithNotes(OutputStream out, String sheetName, List<XlsxColumn> columns) {
		return new XlsxExportWriter(out, sheetName, columns, true);
	}

	/** Tells {@code rowsWritten} the data rows so far after each row: a long work's progress. */
	public XlsxExportWriter reporting(LongConsumer rowsWritten) {
		this.rowsWritten = Objects.requireNonNull(rowsWritten);
		return this;
	}

	/** Adds one row, its values in column order; fewer values leave the last cells blank. */
	public void row(Object... values) {
		row(Arrays.asList(values));
	}

	/** Adds one row, its values in column order; fewer values leave the last cells blank. */
	public void row(List<?> values) {
		if (closed) {
			throw new IllegalStateException("export already closed");
		}
		if (values.size() > columns.size()) {
			throw new IllegalArgumentException(values.size() + " values for " + columns.size() + " columns");
		}
		Row row = sheet.createRow(nextRow++);
		for (int i = 0; i < values.size(); i++) {
			Object value = values.get(i);
			if (value != null) {
				write(row.createCell(i), value);
			}
		}
		dataRows++;
		rowsWritten.accept(dataRows);
	}

	/** Adds a row per item, consuming the stream lazily; returns how many rows were added. */
	public <T> int rows(Stream<T> items, Function<? super T, ? extends List<?>> toRow) {
		int before = dataRows;
		items.forEachOrdered(item -> row(toRow.apply(item)));
		return dataRows - before;
	}

	/** How many data rows were added so far. */
	public int dataRows() {
		return dataRows;
	}

	private void write(Cell cell, Object value) {
		if (value instanceof CharSequence text) {
			writeText(cell, text.toString());
		}
		else if (value instanceof LocalDate date) {
			cell.setCellValue(date);
			cell.setCellStyle(styles.date);
		}
		else if (value instanceof LocalDateTime dateTime) {
			cell.setCellValue(dateTime);
			cell.setCellStyle(styles.dateTime);
		}
		else if (value instanceof Number number) {
			writeNumber(cell, number);
		}
		else if (value instanceof Boolean yes) {
			writeText(cell, yes ? "是" : "否");
		}
		else {
			writeText(cell, value.toString());
		}
	}

	private void writeText(Cell cell, String text) {
		cell.setCellValue(text.length() > MAX_CELL_TEXT ? text.substring(0, MAX_CELL_TEXT) : text);
		cell.setCellStyle(styles.text);
	}

	private void writeNumber(Cell cell, Number number) {
		BigDecimal exact = null;
		if (number instanceof BigDecimal decimal) {
			exact = decimal;
		}
		else if (number instanceof BigInteger integer) {
			exact = new BigDecimal(integer);
		}
		else if (number instanceof Long || number instanceof Integer) {
			exact = BigDecimal.valueOf(number.longValue());
		}
		if (exact != null && exact.stripTrailingZeros().precision() > EXCEL_DIGITS) {
			// Excel would round it (an ID number stored as a long): keep every digit as text
			writeText(cell, exact.toPlainString());
			return;
		}
		cell.setCellValue(number.doubleValue());
		cell.setCellStyle(styles.number);
	}

	/**
	 * Writes the workbook to the output stream (flushed, left open) and deletes the temporary
	 * file, even when writing fails.
	 */
	@Override
	public void close() throws IOException {
		if (closed) {
			return;
		}
		closed = true;
		try {
			workbook.write(out);
			out.flush();
		}
		finally {
			workbook.dispose();
			workbook.close();
		}
	}
}

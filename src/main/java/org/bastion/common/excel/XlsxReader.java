package org.bastion.common.excel;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads the data rows of an uploaded .xlsx, streaming: the upload is spooled to a temporary file
 * and its first sheet parsed with SAX, so memory stays flat whatever the number of rows.
 * <p>
 * The header row is the first row, among the first {@value #HEADER_SEARCH_ROWS} non-blank ones, that
 * holds every required header; headers match whatever their order, surrounding spaces and a
 * {@code *} mark. Rows above it (titles) are ignored, and so are columns not declared. After it,
 * the reader skips the template's notes row, rows whose first cell starts with 说明 or 注：, and
 * blank rows. Every other row reaches the consumer as {@link RowValues}, with its Excel row
 * number and its cells as trimmed text: numbers without {@code .0} or exponent (rounded to
 * Excel's 15 digits), date cells as {@code yyyy-MM-dd}, booleans as TRUE/FALSE.
 * <p>
 * A file that is not an .xlsx, is larger than {@link #maxBytes(long)}, lacks a required column
 * or has more than {@link #maxRows(int)} data rows is refused with a file-level problem in the
 * report; in the last case the consumer has already seen the first rows, so save only when the
 * report {@link ImportReport#isValid() is valid}. Decompression bombs are refused by POI's
 * {@code ZipSecureFile} limits. Instances are immutable and may be shared.
 */
public final class XlsxReader {

	public static final int DEFAULT_MAX_ROWS = 100_000;
	public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;
	static final int HEADER_SEARCH_ROWS = 20;
	static final List<String> NOTE_MARKERS = List.of("说明", "填表说明", "填写说明", "注：", "注:");

	private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u3000]+");
	private static final Pattern OUTER_SPACES = Pattern.compile("^[\\s\\u00A0\\u3000]+|[\\s\\u00A0\\u3000]+$");
	private static final Pattern REQUIRED_MARKS = Pattern.compile("^[*＊]+|[*＊]+$");
	private static final Pattern ZERO_PADDED = Pattern.compile("0+");

	private static final Logger log = LoggerFactory.getLogger(XlsxReader.class);

	private final List<XlsxColumn> columns;
	private final Map<String, XlsxColumn> byHeader;
	private final int maxRows;
	private final long maxBytes;

	private XlsxReader(List<XlsxColumn> columns, int maxRows, long maxBytes) {
		if (columns.isEmpty()) {
			throw new IllegalArgumentException("a reader needs columns");
		}
		this.columns = List.copyOf(columns);
		this.byHeader = new LinkedHashMap<>();
		for (XlsxColumn column : this.columns) {
			if (byHeader.put(normalizeHeader(column.header()), column) != null) {
				throw new IllegalArgumentException("two columns named " + column.header());
			}
		}
		this.maxRows = maxRows;
		this.maxBytes = maxBytes;
	}

	public static XlsxReader of(List<XlsxColumn> columns) {
		return new XlsxReader(columns, DEFAULT_MAX_ROWS, DEFAULT_MAX_BYTES);
	}

	/** The most data rows a file may have; default {@value #DEFAULT_MAX_ROWS}. */
	public XlsxReader maxRows(int rows) {
		return new XlsxReader(columns, rows, maxBytes);
	}

	/** The largest upload accepted, in bytes; default 20 MB. */
	public XlsxReader maxBytes(long bytes) {
		return new XlsxReader(columns, maxRows, bytes);
	}

	/**
	 * Reads {@code upload} (not closed) and hands each data row to {@code rows}, which records its
	 * own problems through {@link RowValues}. Exceptions thrown by {@code rows} propagate.
	 *
	 * @return every problem found, the file-level ones included
	 * @throws IOException when the upload cannot be read or spooled
	 */
	public ImportReport read(InputStream upload, Consumer<RowValues> rows) throws IOException {
		ImportReport report = new ImportReport();
		Path spooled = Files.createTempFile("bastion-import-", ".xlsx");
		try {
			if (!spool(upload, spooled)) {
				report.fileProblem(null, "文件超过 " + maxBytes / (1024 * 1024) + " MB，请分批导入");
				return report;
			}
			if (!looksLikeXlsx(spooled, report)) {
				return report;
			}
			parse(spooled, new RowHandler(report, rows));
			return report;
		}
		finally {
			Files.deleteIfExists(spooled);
		}
	}

	private boolean spool(InputStream upload, Path target) throws IOException {
		byte[] buffer = new byte[64 * 1024];
		long total = 0;
		try (OutputStream out = Files.newOutputStream(target)) {
			for (int n; (n = upload.read(buffer)) != -1;) {
				total += n;
				if (total > maxBytes) {
					return false;
				}
				out.write(buffer, 0, n);
			}
		}
		return true;
	}

	private static boolean looksLikeXlsx(Path file, ImportReport report) throws IOException {
		FileMagic magic;
		try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
			magic = FileMagic.valueOf(in);
		}
		if (magic == FileMagic.OOXML) {
			return true;
		}
		report.fileProblem(null, magic == FileMagic.OLE2
				? "文件是旧版 .xls 格式或设置了密码，请在 Excel/WPS 中另存为不加密的 .xlsx 后再导入"
				: "不是 Excel (.xlsx) 文件");
		return false;
	}

	private void parse(Path file, RowHandler handler) {
		try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
			XSSFReader reader = new XSSFReader(pkg);
			Iterator<InputStream> sheets = reader.getSheetsData();
			if (!sheets.hasNext()) {
				handler.report.fileProblem(null, "文件中没有工作表");
				return;
			}
			XMLReader parser = XMLHelper.newXMLReader();
			parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), null,
					new ReadOnlySharedStringsTable(pkg, false), handler, new PlainFormatter(), false));
			try (InputStream sheet = sheets.next()) {
				parser.parse(new InputSource(sheet));
			}
			handler.finish();
		}
		catch (Stop stop) {
			handler.report.fileProblem(null, stop.getMessage());
		}
		catch (IOException | OpenXML4JException | SAXException | org.apache.poi.ooxml.POIXMLException
				| org.apache.poi.openxml4j.exceptions.InvalidOperationException
				| javax.xml.parsers.ParserConfigurationException ex) {
			log.info("Refused an unreadable .xlsx upload: {}", ex.toString());
			handler.report.fileProblem(null, "文件已损坏或不是有效的 Excel (.xlsx) 文件");
		}
	}

	/** Drops spaces anywhere (clerks pad and wrap headers) and a leading or trailing required mark. */
	static String normalizeHeader(String text) {
		return REQUIRED_MARKS.matcher(SPACES.matcher(text).replaceAll("")).replaceAll("");
	}

	static String trim(String text) {
		return text == null ? "" : OUTER_SPACES.matcher(text).replaceAll("");
	}

	/** Ends the parse early with a file-level problem; no stack trace, it is not a fault. */
	private static final class Stop extends RuntimeException {

		Stop(String reason) {
			super(reason, null, false, false);
		}
	}

	private final class RowHandler implements SheetContentsHandler {

		final ImportReport report;
		private final Consumer<RowValues> consumer;
		private final TreeMap<Integer, String> cells = new TreeMap<>();
		private Map<Integer, XlsxColumn> header;
		private int headerRow;
		private int rowsBeforeHeader;
		private Map<String, Integer> bestCandidate = Map.of();

		RowHandler(ImportReport report, Consumer<RowValues> consumer) {
			this.report = report;
			this.consumer = consumer;
		}

		@Override
		public void startRow(int rowNum) {
			cells.clear();
		}

		@Override
		public void cell(String cellReference, String formattedValue, XSSFComment comment) {
			String value = trim(formattedValue);
			if (!value.isEmpty() && cellReference != null) {
				cells.put((int) new CellReference(cellReference).getCol(), value);
			}
		}

		@Override
		public void endRow(int rowNum) {
			if (cells.isEmpty()) {
				return;
			}
			int excelRow = rowNum + 1;
			if (header == null) {
				findHeader(excelRow);
			}
			else if (!isNotes(excelRow)) {
				dataRow(excelRow);
			}
		}

		private void findHeader(int excelRow) {
			Map<String, Integer> found = new HashMap<>();
			cells.forEach((col, text) -> {
				XlsxColumn column = byHeader.get(normalizeHeader(text));
				if (column != null) {
					found.putIfAbsent(column.header(), col);
				}
			});
			boolean complete = !found.isEmpty()
					&& columns.stream().filter(XlsxColumn::isRequired).allMatch(c -> found.containsKey(c.header()));
			if (complete) {
				header = new HashMap<>();
				found.forEach((name, col) -> header.put(col, byHeader.get(normalizeHeader(name))));
				headerRow = excelRow;
				return;
			}
			if (found.size() > bestCandidate.size()) {
				bestCandidate = found;
			}
			if (++rowsBeforeHeader >= HEADER_SEARCH_ROWS) {
				reportMissingHeader();
				throw new Stop("未找到表头行");
			}
		}

		private boolean isNotes(int excelRow) {
			String first = cells.firstEntry().getValue();
			if (NOTE_MARKERS.stream().anyMatch(first::startsWith)) {
				return true;
			}
			if (excelRow != headerRow + 1) {
				return false;
			}
			boolean matched = false;
			for (Map.Entry<Integer, String> cell : cells.entrySet()) {
				XlsxColumn column = header.get(cell.getKey());
				if (column == null || !column.notesText().equals(cell.getValue())) {
					return false;
				}
				matched = true;
			}
			return matched;
		}

		private void dataRow(int excelRow) {
			if (report.dataRows() >= maxRows) {
				throw new Stop("数据超过 " + maxRows + " 行，请分批导入");
			}
			report.countDataRow();
			Map<String, String> values = new HashMap<>();
			header.forEach((col, column) -> values.put(column.header(), cells.getOrDefault(col, "")));
			consumer.accept(new RowValues(excelRow, values, columns, report));
		}

		void finish() {
			if (header == null) {
				reportMissingHeader();
			}
		}

		private void reportMissingHeader() {
			List<XlsxColumn> missing = columns.stream()
					.filter(c -> c.isRequired() && !bestCandidate.containsKey(c.header()))
					.toList();
			if (missing.isEmpty() || bestCandidate.isEmpty()) {
				report.fileProblem(null, "未找到表头行，表头应为："
						+ columns.stream().map(XlsxColumn::header).collect(Collectors.joining("、")));
			}
			missing.forEach(c -> report.fileProblem(c.header(), "缺少必填列"));
		}
	}

	/**
	 * Formats numeric cells for import rather than display: date formats as ISO dates, zero-padded
	 * code formats ("000000") as shown, every other number in plain digits, so that a phone number
	 * in a General cell reads 13800138000 and not 1.38E+10.
	 */
	static final class PlainFormatter extends DataFormatter {

		private static final MathContext EXCEL_PRECISION = new MathContext(15);

		@Override
		public String formatRawCellContents(double value, int formatIndex, String formatString) {
			if (Double.isNaN(value) || Double.isInfinite(value)) {
				return "";
			}
			if (isDateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
				return DateUtil.getLocalDateTime(value).toLocalDate().format(DateTimeFormatter.ISO_LOCAL_DATE);
			}
			if (formatString != null && ZERO_PADDED.matcher(formatString).matches()) {
				return super.formatRawCellContents(value, formatIndex, formatString);
			}
			return new BigDecimal(Double.toString(value)).round(EXCEL_PRECISION).stripTrailingZeros().toPlainString();
		}

		/** Besides POI's own test, ids 27–36 and 50–58 are the built-in date formats of Chinese Excel. */
		private static boolean isDateFormat(int index, String format) {
			return DateUtil.isADateFormat(index, format) || (index >= 27 && index <= 36) || (index >= 50 && index <= 58);
		}
	}
}

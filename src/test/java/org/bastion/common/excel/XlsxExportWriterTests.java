package org.bastion.common.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class XlsxExportWriterTests {

	private static final List<XlsxColumn> COLUMNS = List.of(XlsxColumn.text("姓名"), XlsxColumn.text("身份证号"),
			XlsxColumn.date("入党日期"), XlsxColumn.number("党龄"), XlsxColumn.number("党费"));

	@Test
	void writesFiftyThousandRowsThatTheReaderReadsBack() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (XlsxExportWriter export = XlsxExportWriter.open(out, "党员", COLUMNS)) {
			int written = export.rows(IntStream.range(0, 50_000).boxed(), i -> List.of("党员" + i,
					String.format("350424%012d", i), LocalDate.of(2000, 1, 1).plusDays(i % 5000), i % 60, new BigDecimal("12.50")));
			assertThat(written).isEqualTo(50_000);
		}

		AtomicInteger count = new AtomicInteger();
		ImportReport report = XlsxReader.of(COLUMNS).read(new ByteArrayInputStream(out.toByteArray()), r -> {
			if (count.getAndIncrement() == 49_999) {
				assertThat(List.of(r.row(), r.text("身份证号"), r.text("入党日期"), r.text("党龄"), r.text("党费")))
						.containsExactly(50_001, "350424000000049999", "2013-09-08", "19", "12.5");
			}
		});

		assertThat(report.isValid()).isTrue();
		assertThat(report.dataRows()).isEqualTo(50_000);
	}

	@Test
	void writesDatesAsRealExcelDates() throws IOException {
		Row row = firstDataRow(List.of("张三", "350424199001011234", LocalDate.of(2021, 7, 1)));

		assertThat(DateUtil.isCellDateFormatted(row.getCell(2))).isTrue();
		assertThat(row.getCell(2).getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd");
		assertThat(row.getCell(2).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2021, 7, 1));
	}

	@Test
	void writesNumbersAsNumbers() throws IOException {
		Row row = firstDataRow(List.of("张三", "", LocalDate.of(2021, 7, 1), 3, new BigDecimal("12.50")));

		assertThat(row.getCell(3).getCellType()).isEqualTo(CellType.NUMERIC);
		assertThat(row.getCell(4).getNumericCellValue()).isEqualTo(12.5);
	}

	@Test
	void keepsLongDigitStringsAsText() throws IOException {
		Row row = firstDataRow(List.of("张三", "350424199001011234"));

		assertThat(row.getCell(1).getCellType()).isEqualTo(CellType.STRING);
		assertThat(row.getCell(1).getCellStyle().getDataFormatString()).isEqualTo("@");
	}

	@Test
	void writesNumbersBeyondExcelPrecisionAsText() throws IOException {
		Row row = firstDataRow(List.of("张三", 350424199001011234L));

		assertThat(row.getCell(1).getStringCellValue()).isEqualTo("350424199001011234");
	}

	@Test
	void canRepeatTheTemplateNotesSoTheExportCanBeImportedAgain() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (XlsxExportWriter export = XlsxExportWriter.openWithNotes(out, "党员", Workbooks.COLUMNS)) {
			export.row("张三", "350424199001011234", LocalDate.of(1990, 1, 1), "大学本科");
		}

		var read = Workbooks.read(out.toByteArray());

		assertThat(read.rows()).extracting(RowValues::row).containsExactly(3);
	}

	@Test
	void deletesItsTemporaryFileOnClose() throws IOException {
		Path poiFiles = Path.of(System.getProperty("java.io.tmpdir"), "poifiles");
		long before = countFiles(poiFiles);

		try (XlsxExportWriter export = XlsxExportWriter.open(new ByteArrayOutputStream(), "党员", COLUMNS)) {
			IntStream.range(0, 500).forEach(i -> export.row("党员" + i));
		}

		assertThat(countFiles(poiFiles)).isEqualTo(before);
	}

	private static long countFiles(Path folder) throws IOException {
		if (!Files.isDirectory(folder)) {
			return 0;
		}
		try (Stream<Path> files = Files.list(folder)) {
			return files.count();
		}
	}

	private static Row firstDataRow(List<?> values) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (XlsxExportWriter export = XlsxExportWriter.open(out, "党员", COLUMNS)) {
			export.row(values);
		}
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
			return workbook.getSheetAt(0).getRow(1);
		}
	}
}

package org.bastion.common.excel;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Fixtures: small .xlsx files built cell by cell, as a clerk would have typed them. */
final class Workbooks {

	static final XlsxColumn NAME = XlsxColumn.text("姓名").required();
	static final XlsxColumn ID_NUMBER = XlsxColumn.text("身份证号").required().note("18位，末位可为X");
	static final XlsxColumn BIRTH_DATE = XlsxColumn.date("出生日期");
	static final XlsxColumn EDUCATION = XlsxColumn.text("学历").oneOf("初中及以下", "普通高中", "大学本科", "研究生");
	static final List<XlsxColumn> COLUMNS = List.of(NAME, ID_NUMBER, BIRTH_DATE, EDUCATION);

	private Workbooks() {
	}

	/** Rows of cells: String, Number, LocalDate (a real date cell) or null for no cell. */
	static byte[] xlsx(List<List<Object>> rows) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet("Sheet1");
			CellStyle date = workbook.createCellStyle();
			date.setDataFormat(workbook.createDataFormat().getFormat("yyyy/m/d"));
			for (int r = 0; r < rows.size(); r++) {
				Row row = sheet.createRow(r);
				List<Object> values = rows.get(r);
				for (int c = 0; c < values.size(); c++) {
					Object value = values.get(c);
					if (value == null) {
						continue;
					}
					Cell cell = row.createCell(c);
					if (value instanceof Number number) {
						cell.setCellValue(number.doubleValue());
					}
					else if (value instanceof LocalDate day) {
						cell.setCellValue(day);
						cell.setCellStyle(date);
					}
					else {
						cell.setCellValue(value.toString());
					}
				}
			}
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static List<Object> row(Object... cells) {
		return new ArrayList<>(java.util.Arrays.asList(cells));
	}

	static InputStream in(byte[] bytes) {
		return new ByteArrayInputStream(bytes);
	}

	/** Reads with the fixture columns, collecting the rows. */
	static Read read(byte[] file) throws IOException {
		return read(XlsxReader.of(COLUMNS), file);
	}

	static Read read(XlsxReader reader, byte[] file) throws IOException {
		List<RowValues> rows = new ArrayList<>();
		ImportReport report = reader.read(in(file), rows::add);
		return new Read(rows, report);
	}

	record Read(List<RowValues> rows, ImportReport report) {
	}
}

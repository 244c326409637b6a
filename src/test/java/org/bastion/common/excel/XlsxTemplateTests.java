package org.bastion.common.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bastion.common.excel.Workbooks.COLUMNS;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class XlsxTemplateTests {

	@Test
	void headsEachColumnInBoldMarkingRequiredOnesWithAnAsterisk() throws IOException {
		try (XSSFWorkbook workbook = template()) {
			var header = workbook.getSheetAt(0).getRow(0);

			assertThat(header.getCell(0).getStringCellValue()).isEqualTo("姓名*");
			assertThat(header.getCell(2).getStringCellValue()).isEqualTo("出生日期");
			assertThat(workbook.getFontAt(header.getCell(2).getCellStyle().getFontIndex()).getBold()).isTrue();
		}
	}

	@Test
	void explainsEachColumnInAnItalicGreyNotesRow() throws IOException {
		try (XSSFWorkbook workbook = template()) {
			var notes = workbook.getSheetAt(0).getRow(1);
			XSSFFont font = workbook.getFontAt(notes.getCell(1).getCellStyle().getFontIndex());

			assertThat(notes.getCell(1).getStringCellValue()).isEqualTo("18位，末位可为X");
			assertThat(notes.getCell(3).getStringCellValue()).isEqualTo("初中及以下/普通高中/大学本科/研究生");
			assertThat(font.getItalic()).isTrue();
		}
	}

	@Test
	void freezesTheHeaderAndNotesRows() throws IOException {
		try (XSSFWorkbook workbook = template()) {
			PaneInformation pane = workbook.getSheetAt(0).getPaneInformation();

			assertThat(pane.isFreezePane()).isTrue();
			assertThat(pane.getHorizontalSplitPosition()).isEqualTo((short) 2);
		}
	}

	@Test
	void formatsTextColumnsAsTextSoExcelKeepsIdNumbersAsTyped() throws IOException {
		try (XSSFWorkbook workbook = template()) {
			XSSFSheet sheet = workbook.getSheetAt(0);

			assertThat(sheet.getColumnStyle(1).getDataFormatString()).isEqualTo("@");
			assertThat(sheet.getColumnStyle(2).getDataFormatString()).isEqualTo("yyyy-mm-dd");
		}
	}

	@Test
	void offersADropdownForColumnsWithAFixedSetOfValues() throws IOException {
		try (XSSFWorkbook workbook = template()) {
			List<DataValidation> validations = new ArrayList<>(workbook.getSheetAt(0).getDataValidations());

			assertThat(validations).singleElement().satisfies(v -> {
				assertThat(v.getRegions().getCellRangeAddress(0).formatAsString()).isEqualTo("D3:D10002");
				assertThat(v.getValidationConstraint().getFormula1()).isEqualTo("'_lists'!$D$1:$D$4");
			});
			assertThat(workbook.getSheetVisibility(1)).isEqualTo(SheetVisibility.VERY_HIDDEN);
		}
	}

	@Test
	void readsBackWhatAClerkTypedIntoTheTemplate() throws IOException {
		byte[] filled;
		try (XSSFWorkbook workbook = template(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			XSSFSheet sheet = workbook.getSheetAt(0);
			var row = sheet.createRow(2);
			row.createCell(0).setCellValue("张三");
			row.createCell(1).setCellValue("350424199001011234");
			row.createCell(2).setCellValue(LocalDate.of(1990, 1, 1));
			row.getCell(2).setCellStyle(sheet.getColumnStyle(2));
			row.createCell(3).setCellValue("大学本科");
			workbook.write(out);
			filled = out.toByteArray();
		}

		var read = Workbooks.read(filled);

		assertThat(read.report().isValid()).isTrue();
		RowValues values = read.rows().get(0);
		assertThat(List.of(values.row(), values.text("姓名"), values.text("身份证号"), values.date("出生日期"), values.text("学历")))
				.containsExactly(3, "张三", "350424199001011234", LocalDate.of(1990, 1, 1), "大学本科");
	}

	private static XSSFWorkbook template() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		XlsxTemplate.write("党员", COLUMNS, out);
		return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
	}
}

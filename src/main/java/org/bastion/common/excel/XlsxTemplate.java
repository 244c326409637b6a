package org.bastion.common.excel;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes a blank import template: row 1 holds the headers (bold, required ones marked {@code *}),
 * row 2 the notes in grey italics, both frozen. Text columns are formatted as text so that Excel
 * keeps ID numbers and codes as typed, date columns as yyyy-mm-dd, and columns with a fixed set of
 * values get a dropdown that refuses other input. {@link XlsxReader} recognises and skips the notes
 * row when the filled template comes back.
 */
public final class XlsxTemplate {

	/** The data rows (from row 3) that carry dropdowns. */
	public static final int VALIDATED_ROWS = 10_000;

	static final String REQUIRED_MARK = "*";
	private static final String LISTS_SHEET = "_lists";
	private static final float LINE_HEIGHT = 15f;

	private XlsxTemplate() {
	}

	/** Writes the template to {@code out}, which is flushed but left open. */
	public static void write(String sheetName, List<XlsxColumn> columns, OutputStream out) throws IOException {
		if (columns.isEmpty()) {
			throw new IllegalArgumentException("a template needs columns");
		}
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Styles styles = new Styles(workbook);
			Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(sheetName));
			styles.layOut(sheet, columns);
			Row headers = sheet.createRow(0);
			Row notes = sheet.createRow(1);
			int lines = 1;
			for (int i = 0; i < columns.size(); i++) {
				XlsxColumn column = columns.get(i);
				Cell header = headers.createCell(i);
				header.setCellValue(column.isRequired() ? column.header() + REQUIRED_MARK : column.header());
				header.setCellStyle(column.isRequired() ? styles.requiredHeader : styles.header);
				Cell note = notes.createCell(i);
				note.setCellValue(column.notesText());
				note.setCellStyle(styles.notes);
				lines = Math.max(lines, 1 + XlsxColumn.displayWidth(column.notesText()) / Math.max(1, column.width() - 1));
			}
			notes.setHeightInPoints(Math.min(6, lines) * LINE_HEIGHT);
			sheet.createFreezePane(0, 2);
			addDropdowns(workbook, sheet, columns);
			workbook.write(out);
			out.flush();
		}
	}

	/**
	 * The allowed values live on a very hidden sheet rather than inline, because an inline list is
	 * limited to 255 characters and long lists (民族, 学历) exceed it.
	 */
	private static void addDropdowns(XSSFWorkbook workbook, Sheet sheet, List<XlsxColumn> columns) {
		Sheet lists = null;
		DataValidationHelper helper = sheet.getDataValidationHelper();
		for (int i = 0; i < columns.size(); i++) {
			List<String> choices = columns.get(i).choices();
			if (choices.isEmpty()) {
				continue;
			}
			if (lists == null) {
				lists = workbook.createSheet(LISTS_SHEET);
				workbook.setSheetVisibility(workbook.getSheetIndex(lists), SheetVisibility.VERY_HIDDEN);
			}
			for (int r = 0; r < choices.size(); r++) {
				Row row = lists.getRow(r) == null ? lists.createRow(r) : lists.getRow(r);
				row.createCell(i).setCellValue(choices.get(r));
			}
			String letter = CellReference.convertNumToColString(i);
			String range = "'" + LISTS_SHEET + "'!$" + letter + "$1:$" + letter + "$" + choices.size();
			int lastRow = Math.min(2 + VALIDATED_ROWS, SpreadsheetVersion.EXCEL2007.getLastRowIndex()) - 1;
			DataValidation validation = helper.createValidation(helper.createFormulaListConstraint(range),
					new CellRangeAddressList(2, lastRow, i, i));
			validation.setShowErrorBox(true);
			validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
			validation.createErrorBox("输入有误", "请从下拉列表中选择：" + columns.get(i).header());
			// XSSF inverts this flag: true shows the arrow
			validation.setSuppressDropDownArrow(true);
			sheet.addValidationData(validation);
		}
	}
}

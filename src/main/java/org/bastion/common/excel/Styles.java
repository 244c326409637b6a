package org.bastion.common.excel;

import java.util.List;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/** The few cell styles the writers share; a workbook allows only ~64k styles, so they are made once. */
final class Styles {

	static final String TEXT_FORMAT = "@";
	/** Excel's spelling of {@code CountyTime.DATE} and {@code CountyTime.DATE_TIME}. */
	static final String DATE_FORMAT = "yyyy-mm-dd";
	static final String DATE_TIME_FORMAT = "yyyy-mm-dd hh:mm";

	final CellStyle header;
	final CellStyle requiredHeader;
	final CellStyle notes;
	final CellStyle text;
	final CellStyle number;
	final CellStyle date;
	final CellStyle dateTime;

	Styles(Workbook workbook) {
		DataFormat formats = workbook.createDataFormat();
		header = headerStyle(workbook, IndexedColors.BLACK);
		requiredHeader = headerStyle(workbook, IndexedColors.DARK_RED);

		Font grey = workbook.createFont();
		grey.setItalic(true);
		grey.setColor(IndexedColors.GREY_50_PERCENT.getIndex());
		notes = workbook.createCellStyle();
		notes.setFont(grey);
		notes.setWrapText(true);
		notes.setVerticalAlignment(VerticalAlignment.TOP);
		notes.setDataFormat(formats.getFormat(TEXT_FORMAT));

		text = workbook.createCellStyle();
		text.setDataFormat(formats.getFormat(TEXT_FORMAT));
		number = workbook.createCellStyle();
		date = workbook.createCellStyle();
		date.setDataFormat(formats.getFormat(DATE_FORMAT));
		dateTime = workbook.createCellStyle();
		dateTime.setDataFormat(formats.getFormat(DATE_TIME_FORMAT));
	}

	private static CellStyle headerStyle(Workbook workbook, IndexedColors color) {
		Font bold = workbook.createFont();
		bold.setBold(true);
		bold.setColor(color.getIndex());
		CellStyle style = workbook.createCellStyle();
		style.setFont(bold);
		style.setAlignment(HorizontalAlignment.CENTER);
		style.setVerticalAlignment(VerticalAlignment.CENTER);
		style.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
		style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
		style.setBorderBottom(BorderStyle.THIN);
		return style;
	}

	CellStyle column(XlsxColumn column) {
		return switch (column.type()) {
			case TEXT -> text;
			case NUMBER -> number;
			case DATE -> date;
		};
	}

	/** Widths and the format a clerk's typing takes in each column. */
	void layOut(Sheet sheet, List<XlsxColumn> columns) {
		for (int i = 0; i < columns.size(); i++) {
			sheet.setColumnWidth(i, columns.get(i).width() * 256);
			sheet.setDefaultColumnStyle(i, column(columns.get(i)));
		}
	}
}

package org.bastion.dashboard.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import org.bastion.common.excel.XlsxColumn;
import org.bastion.common.excel.XlsxExportWriter;

/**
 * Every figure of a work report in one sheet, with what the county needs to reuse it: the program, the
 * indicator's name and code, the number (a real number cell; blank for no data), its unit, the definition
 * sentence, and the scope and period it was computed for.
 */
public final class FiguresWorkbook {

	private static final List<XlsxColumn> COLUMNS = List.of(XlsxColumn.text("项目").width(14),
			XlsxColumn.text("指标").width(30), XlsxColumn.text("指标代码").width(30), XlsxColumn.number("数值").width(14),
			XlsxColumn.text("单位").width(8), XlsxColumn.text("口径说明").width(60), XlsxColumn.text("统计范围").width(16),
			XlsxColumn.date("起始日期"), XlsxColumn.date("截止日期"));

	/** Writes the workbook to {@code out}, which is left open. */
	public void write(WorkReport report, OutputStream out) throws IOException {
		try (XlsxExportWriter sheet = XlsxExportWriter.open(out, "指标一览", COLUMNS)) {
			for (WorkReport.Section section : report.sections()) {
				for (WorkReport.Figure f : section.figures()) {
					sheet.row(section.title(), f.name(), f.code(), f.number(), f.unit(), f.definition(), report.scopeName(),
							report.from(), report.to());
				}
			}
		}
	}
}

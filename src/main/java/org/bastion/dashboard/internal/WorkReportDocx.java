package org.bastion.dashboard.internal;

import java.io.IOException;
import java.io.OutputStream;

import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * The work report as a Word document the county can edit further: the red title over a red rule, the
 * issuer and date, each program's heading (黑体) and paragraph (仿宋, first line indented two characters),
 * and a table of every figure with its definition. Fonts are named, not embedded: Word on the clerks'
 * machines has them, and another font is substituted elsewhere.
 */
public final class WorkReportDocx {

	private static final String RED = "C8161D";
	private static final String TITLE_FONT = "方正小标宋简体";
	private static final String HEADING_FONT = "黑体";
	private static final String BODY_FONT = "仿宋";

	/** Writes the report to {@code out}, which is left open. */
	public void write(WorkReport report, OutputStream out) throws IOException {
		try (XWPFDocument doc = new XWPFDocument()) {
			doc.getProperties().getCoreProperties().setTitle(report.title());
			doc.getProperties().getCoreProperties().setCreator(report.issuer());

			XWPFParagraph title = doc.createParagraph();
			title.setAlignment(ParagraphAlignment.CENTER);
			title.setBorderBottom(Borders.SINGLE);
			title.setSpacingAfter(240);
			run(title, report.title(), TITLE_FONT, 22, true).setColor(RED);

			XWPFParagraph issued = doc.createParagraph();
			issued.setAlignment(ParagraphAlignment.CENTER);
			run(issued, report.issuer() + "　　" + report.issuedOn(), BODY_FONT, 12, false);
			XWPFParagraph scope = doc.createParagraph();
			scope.setAlignment(ParagraphAlignment.CENTER);
			scope.setSpacingAfter(240);
			run(scope, report.scopeName() + " · " + report.periodText(), BODY_FONT, 12, false);

			for (WorkReport.Section section : report.sections()) {
				XWPFParagraph heading = doc.createParagraph();
				heading.setSpacingBefore(120);
				run(heading, section.heading(), HEADING_FONT, 16, false);
				if (!section.sentences().isEmpty()) {
					XWPFParagraph body = doc.createParagraph();
					body.setFirstLineIndent(640);                // two characters of 16 pt
					body.setSpacingBetween(1.5);
					run(body, section.paragraph(), BODY_FONT, 16, false);
				}
			}
			figures(doc, report);
			doc.write(out);
		}
	}

	private static void figures(XWPFDocument doc, WorkReport report) {
		if (report.figures().isEmpty()) {
			return;
		}
		XWPFParagraph heading = doc.createParagraph();
		heading.setSpacingBefore(240);
		run(heading, "附：指标一览", HEADING_FONT, 14, false);
		XWPFTable table = doc.createTable(1, 4);
		table.setWidth("100%");
		String[] headers = {"指标", "数值", "单位", "口径说明"};
		for (int i = 0; i < headers.length; i++) {
			cell(table.getRow(0), i, headers[i], true);
		}
		for (WorkReport.Figure f : report.figures()) {
			XWPFTableRow row = table.createRow();
			cell(row, 0, f.name(), false);
			cell(row, 1, f.text(), false);
			cell(row, 2, f.unit(), false);
			cell(row, 3, f.definition(), false);
		}
		table.getRow(0).setRepeatHeader(true);
	}

	private static void cell(XWPFTableRow row, int i, String text, boolean header) {
		XWPFParagraph p = row.getCell(i).getParagraphs().get(0);
		run(p, text == null ? "" : text, header ? HEADING_FONT : BODY_FONT, 10.5, false);
	}

	private static XWPFRun run(XWPFParagraph paragraph, String text, String font, double size, boolean bold) {
		XWPFRun run = paragraph.createRun();
		run.setText(text);
		run.setFontFamily(font, XWPFRun.FontCharRange.eastAsia);
		run.setFontFamily("Times New Roman", XWPFRun.FontCharRange.ascii);
		run.setFontFamily("Times New Roman", XWPFRun.FontCharRange.hAnsi);
		run.setFontSize(size);
		run.setBold(bold);
		return run;
	}
}

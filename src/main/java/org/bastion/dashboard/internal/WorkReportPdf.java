package org.bastion.dashboard.internal;

import java.awt.Color;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;

/**
 * The work report as an A4 PDF laid out like a county's own briefing: the title in red over a red rule
 * (红头), who issues it and when, the scope and period, then each program's heading and its paragraph with
 * the figures, and at the end the table of every figure. The text is set in the shipped CJK font
 * ({@link ReportFont}), embedded as a subset with its Unicode map, so the PDF shows and copies as Chinese
 * on any reader. A character the font lacks (none of GB 2312 or the division names) is drawn as 〓.
 */
public final class WorkReportPdf {

	private static final Color RED = new Color(0xC8, 0x16, 0x1D);
	private static final Color INK = new Color(0x1F, 0x23, 0x29);
	private static final Color MUTED = new Color(0x5C, 0x63, 0x70);
	private static final Color LINE = new Color(0xDC, 0xDF, 0xE4);
	private static final float MARGIN_X = 64;
	private static final float MARGIN_TOP = 64;
	private static final float MARGIN_BOTTOM = 64;
	private static final float BODY = 12;
	private static final float LEADING = 1.8f;
	private static final char MISSING = '〓';

	/** Writes the report to {@code out}, which is left open. */
	public void write(WorkReport report, OutputStream out) throws IOException {
		try (PDDocument document = new PDDocument()) {
			document.getDocumentInformation().setTitle(report.title());
			document.getDocumentInformation().setAuthor(report.issuer());
			document.getDocumentCatalog().setLanguage("zh-CN");
			PDType0Font font = PDType0Font.load(document, new ByteArrayInputStream(ReportFont.bytes()), true);
			try (Layout layout = new Layout(document, font)) {
				layout.title(report);
				for (WorkReport.Section section : report.sections()) {
					layout.heading(section.heading());
					if (!section.sentences().isEmpty()) {
						layout.paragraph(section.paragraph());
					}
				}
				layout.figures(report.figures());
			}
			document.save(out);
		}
	}

	/** Lines set from the top of the page down, a new page when the next line does not fit. */
	private static final class Layout implements AutoCloseable {

		private final PDDocument document;
		private final PDType0Font font;
		private final Map<Integer, Boolean> drawable = new HashMap<>();
		private final float width;
		private PDPageContentStream page;
		private float y;

		Layout(PDDocument document, PDType0Font font) throws IOException {
			this.document = document;
			this.font = font;
			this.width = PDRectangle.A4.getWidth() - 2 * MARGIN_X;
			newPage();
		}

		void title(WorkReport report) throws IOException {
			space(12);
			centred(report.title(), 22, RED, true);
			space(10);
			float rule = y;
			page.setStrokingColor(RED);
			page.setLineWidth(1.5f);
			page.moveTo(MARGIN_X, rule);
			page.lineTo(MARGIN_X + width, rule);
			page.stroke();
			space(22);
			centred(report.issuer() + "　　" + report.issuedOn(), 11, MUTED, false);
			centred(report.scopeName() + " · " + report.periodText(), 11, MUTED, false);
			space(8);
		}

		void heading(String text) throws IOException {
			space(8);
			line(text, MARGIN_X, 15, INK, true);
			space(2);
		}

		/** A paragraph indented by two characters, wrapped at the margin. */
		void paragraph(String text) throws IOException {
			String indented = "\u3000\u3000" + text;
			for (String line : wrap(indented, BODY, width)) {
				line(line, MARGIN_X, BODY, INK, false);
			}
		}

		/** 附：指标一览 — name, value and unit of every figure, one row each with a light rule below. */
		void figures(List<WorkReport.Figure> figures) throws IOException {
			if (figures.isEmpty()) {
				return;
			}
			space(12);
			line("附：指标一览", MARGIN_X, 13, INK, true);
			float valueRight = MARGIN_X + width - 56;
			for (WorkReport.Figure f : figures) {
				List<String> names = wrap(f.name(), 11, width - 180);
				for (int i = 0; i < names.size(); i++) {
					ensure(11 * LEADING);
					y -= 11 * LEADING;
					show(names.get(i), MARGIN_X, y, 11, INK, false);
					if (i == 0) {
						show(f.text(), valueRight - textWidth(f.text(), 11), y, 11, INK, false);
						show(f.unit(), valueRight + 8, y, 11, MUTED, false);
					}
				}
				page.setStrokingColor(LINE);
				page.setLineWidth(0.5f);
				page.moveTo(MARGIN_X, y - 5);
				page.lineTo(MARGIN_X + width, y - 5);
				page.stroke();
			}
		}

		private void centred(String text, float size, Color colour, boolean strong) throws IOException {
			for (String line : wrap(text, size, width)) {
				line(line, MARGIN_X + (width - textWidth(line, size)) / 2, size, colour, strong);
			}
		}

		private void line(String text, float x, float size, Color colour, boolean strong) throws IOException {
			ensure(size * LEADING);
			y -= size * LEADING;
			show(text, x, y, size, colour, strong);
		}

		private void show(String text, float x, float baseline, float size, Color colour, boolean strong)
				throws IOException {
			page.beginText();
			page.setFont(font, size);
			page.setNonStrokingColor(colour);
			page.setStrokingColor(colour);
			page.setRenderingMode(strong ? RenderingMode.FILL_STROKE : RenderingMode.FILL);
			page.setLineWidth(strong ? size / 40 : 0);
			page.newLineAtOffset(x, baseline);
			page.showText(drawable(text));
			page.endText();
		}

		/** Lines of at most {@code max} points, broken between characters; closing punctuation stays on its line. */
		private List<String> wrap(String text, float size, float max) throws IOException {
			List<String> lines = new ArrayList<>();
			StringBuilder current = new StringBuilder();
			float used = 0;
			String drawn = drawable(text);
			for (int i = 0; i < drawn.length(); ) {
				int cp = drawn.codePointAt(i);
				String ch = new String(Character.toChars(cp));
				float w = textWidth(ch, size);
				if (used + w > max && current.length() > 0 && !closing(cp)) {
					lines.add(current.toString());
					current.setLength(0);
					used = 0;
				}
				current.append(ch);
				used += w;
				i += Character.charCount(cp);
			}
			if (current.length() > 0) {
				lines.add(current.toString());
			}
			return lines;
		}

		private static boolean closing(int cp) {
			return "，。、；：？！”’）》】％%,.;:?!)".indexOf(cp) >= 0;
		}

		private float textWidth(String text, float size) throws IOException {
			return font.getStringWidth(drawable(text)) / 1000 * size;
		}

		/** The text with each character the font cannot draw replaced by 〓. */
		private String drawable(String text) {
			StringBuilder out = new StringBuilder(text.length());
			text.codePoints().forEach(cp -> {
				boolean ok = drawable.computeIfAbsent(cp, this::canDraw);
				out.appendCodePoint(ok ? cp : MISSING);
			});
			return out.toString();
		}

		private boolean canDraw(int cp) {
			try {
				font.encode(new String(Character.toChars(cp)));
				return true;
			}
			catch (IOException | IllegalArgumentException e) {
				return false;
			}
		}

		private void space(float points) throws IOException {
			ensure(points);
			y -= points;
		}

		private void ensure(float height) throws IOException {
			if (y - height < MARGIN_BOTTOM) {
				page.close();
				newPage();
			}
		}

		private void newPage() throws IOException {
			PDPage next = new PDPage(PDRectangle.A4);
			document.addPage(next);
			page = new PDPageContentStream(document, next);
			y = PDRectangle.A4.getHeight() - MARGIN_TOP;
		}

		@Override
		public void close() throws IOException {
			page.close();
		}
	}
}

package org.bastion.dashboard.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

/** The work report's three files carry its sentences and figures as Chinese text, not as empty boxes. */
class WorkReportWritersTests {

	static final String CLAUSE = "全县2,398名党员干部结对4,614户贫困户";
	static final String SENTENCE = CLAUSE + "。";

	static WorkReport report() {
		WorkReport.Figure cadres = new WorkReport.Figure("pairing.n1.cadres", "结对党员干部", BigDecimal.valueOf(2398),
				"2,398", "人", "期间内有在结 N+1 结对的党员干部人数");
		WorkReport.Figure rate = new WorkReport.Figure("households.exited_rate", "贫困户脱贫率", null, "—", "%",
				"已脱贫户占建档立卡贫困户的比例");
		return new WorkReport("宁化县基层党建工作简报", "中共宁化县委组织部", "2026-12-04", 1L, "宁化县", "2026年",
				LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31),
				List.of(new WorkReport.Section(1, "结对帮扶", List.of(CLAUSE), List.of(cadres)),
						new WorkReport.Section(2, "脱贫攻坚", List.of(), List.of(rate))));
	}

	@Test
	void thePdfEmbedsItsChineseFontAndItsTextExtractsAsTheSentenceWithItsFigures() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		new WorkReportPdf().write(report(), out);
		try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
			String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", "");
			assertThat(text).contains("宁化县基层党建工作简报", "一、结对帮扶", SENTENCE, "二、脱贫攻坚", "贫困户脱贫率—%")
				.doesNotContain("〓");
			List<PDFont> fonts = new ArrayList<>();
			for (PDPage page : pdf.getPages()) {
				for (var name : page.getResources().getFontNames()) {
					fonts.add(page.getResources().getFont(name));
				}
			}
			assertThat(fonts).isNotEmpty().allSatisfy(f -> assertThat(f.isEmbedded()).as(f.getName()).isTrue());
		}
		assertThat(out.size()).as("a subset, not the whole font").isLessThan(300_000);
	}

	@Test
	void aLongReportRunsOnToMorePages() throws Exception {
		WorkReport one = report();
		List<WorkReport.Section> many = new ArrayList<>();
		for (int i = 1; i <= 40; i++) {
			many.add(new WorkReport.Section(i, "项目" + i, List.of(CLAUSE.repeat(6)), one.sections().get(0).figures()));
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		new WorkReportPdf().write(new WorkReport(one.title(), one.issuer(), one.issuedOn(), one.scopeId(), one.scopeName(),
				one.periodText(), one.from(), one.to(), many), out);
		try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
			assertThat(pdf.getNumberOfPages()).isGreaterThan(3);
			assertThat(new PDFTextStripper().getText(pdf)).contains("四十、项目40");
		}
	}

	@Test
	void theWordDocumentHoldsTheSentenceWithItsFiguresAndTheTableOfFigures() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		new WorkReportDocx().write(report(), out);
		try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()));
				XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
			assertThat(extractor.getText()).contains("宁化县基层党建工作简报", "一、结对帮扶", SENTENCE, "附：指标一览",
					"期间内有在结 N+1 结对的党员干部人数");
		}
	}

	@Test
	void theWorkbookListsEveryFigureWithItsDefinitionAndLeavesNoDataBlank() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		new FiguresWorkbook().write(report(), out);
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
			DataFormatter cells = new DataFormatter();
			List<String> rows = new ArrayList<>();
			for (Row row : book.getSheetAt(0)) {
				List<String> values = new ArrayList<>();
				row.forEach(c -> values.add(cells.formatCellValue(c)));
				rows.add(String.join("|", values));
			}
			assertThat(rows).hasSize(3);
			assertThat(rows.get(1)).startsWith("结对帮扶|结对党员干部|pairing.n1.cadres|2398|人|期间内有在结");
			assertThat(book.getSheetAt(0).getRow(2).getCell(3)).isNull();
		}
	}

	@Test
	void sectionsAreNumberedInChinese() {
		assertThat(List.of(ChineseNumerals.of(1), ChineseNumerals.of(10), ChineseNumerals.of(12), ChineseNumerals.of(20),
				ChineseNumerals.of(45))).containsExactly("一", "十", "十二", "二十", "四十五");
	}
}

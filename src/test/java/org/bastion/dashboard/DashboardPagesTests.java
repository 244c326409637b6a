package org.bastion.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.bastion.IntegrationTest;
import org.bastion.indicators.Indicators;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;

/**
 * The dashboard's pages and files over an engine that answers fixed values (2026, the demo's county and
 * townships): the home page's figures link to their indicator pages, every chart has its table, the
 * indicator page lists as many records as the figure, and the work report carries the sentence with its
 * figures on the page, in Word, in PDF and in Excel.
 */
@IntegrationTest
@WithMockUser(username = "admin", authorities = {"indicator:read", "data:export"})
class DashboardPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@MockitoBean
	Indicators indicators;

	FixedIndicators fixed;

	@BeforeEach
	void engineAnswers() {
		fixed = FixedIndicators.answer(indicators, jdbc);
	}

	String page(String url) throws Exception {
		return mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	@Test
	void theHomePageShowsEachProgramsFiguresAsLinksToTheirIndicatorPages() throws Exception {
		String html = page("/?period=2026");
		assertThat(html).contains("数据概览 · 2026年", "<h3 id=\"program-pairing\">结对帮扶</h3>", "<h3 id=\"program-funds\">帮扶资金</h3>",
				"href=\"/indicators/pairing.n1.households?period=2026\"", ">4,614</span>", ">7,530,000.00</span>",
				"<option value=\"2026\" selected=\"selected\">2026年</option>", "宁化县");
	}

	@Test
	void everyChartHasATableOfTheSameNumbersAndTheTownshipsLeadToTheirOwnDashboard() throws Exception {
		String html = page("/?period=2026");
		assertThat(html).contains("data-chart=\"line\"", "data-chart=\"bar\"", "<th scope=\"row\">1月</th>",
				"data-value=\"4001\">4,001</td>", "href=\"/?period=2026&amp;scope=" + fixed.townships.get(1) + "\">安乐镇</a>",
				"/webjars/echarts/5.3.1/dist/echarts.min.js", "/js/charts.js")
			.doesNotContain("某局机关支部");
	}

	@Test
	void theIndicatorPageShowsTheValueItsDefinitionAndAsManyRecordsAsTheFigure() throws Exception {
		String html = page("/indicators/pairing.n1.households?period=2026");
		assertThat(html).contains("<h1>结对贫困户</h1>", "id=\"indicator-value\">4,614</span>", "期间内有在结 N+1 结对的贫困户",
				"共 4,614 条，第 1/231 页", "张三户", "第 20 户", "/indicators/pairing.n1.households/records.xlsx?period=2026",
				"<details class=\"list-filters\" open data-fold-on-phone>", "2026-09-30", "至今");
	}

	@Test
	void aPeriodThatIsNotOneOfTheChoicesIsRefusedInWords() throws Exception {
		String html = mvc.perform(get("/?period=next-week")).andExpect(status().isBadRequest()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(html).contains("统计期间“next-week”无法识别");
	}

	@Test
	void theWorkReportPageFillsTheProgramsSentencesWithTheFigures() throws Exception {
		String html = page("/reports/work?period=2026");
		assertThat(html).contains("宁化县基层党建工作简报", "一、结对帮扶", "全县2,398名党员干部结对4,614户贫困户。", "二、帮扶资金",
				"全县帮扶资金7,530,000元。", "/reports/work.pdf?period=2026");
	}

	@Test
	void theReportPdfExtractsAsTheSentenceWithItsFigures() throws Exception {
		byte[] pdf = mvc.perform(get("/reports/work.pdf?period=2026")).andExpect(status().isOk())
			.andExpect(content().contentType("application/pdf"))
			.andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString(".pdf")))
			.andReturn().getResponse().getContentAsByteArray();
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			assertThat(new PDFTextStripper().getText(doc).replaceAll("\\s+", ""))
				.contains("全县2,398名党员干部结对4,614户贫困户。");
		}
	}

	@Test
	void theReportInWordCarriesTheSentenceWithItsFigures() throws Exception {
		byte[] docx = mvc.perform(get("/reports/work.docx?period=2026")).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsByteArray();
		try (XWPFWordExtractor text = new XWPFWordExtractor(new XWPFDocument(new ByteArrayInputStream(docx)))) {
			assertThat(text.getText()).contains("全县2,398名党员干部结对4,614户贫困户。");
		}
	}

	@Test
	void theApiGivesTheReportAsJsonOrAsAFileAndRefusesAnUnknownFormat() throws Exception {
		mvc.perform(get("/api/v1/reports/work?from=2026-01-01&to=2026-12-31")).andExpect(status().isOk())
			.andExpect(jsonPath("$.periodText").value("2026年"))
			.andExpect(jsonPath("$.sections[0].sentences[0]").value("全县2,398名党员干部结对4,614户贫困户"));
		mvc.perform(get("/api/v1/reports/work?format=xlsx")).andExpect(status().isOk())
			.andExpect(content().contentType(DashboardPagesTests.XLSX));
		mvc.perform(get("/api/v1/reports/work?format=odt")).andExpect(status().isBadRequest());
	}

	@Test
	@WithMockUser(username = "reader", authorities = {"organization:read", "indicator:read"})
	void theOpenApiDocumentDescribesTheReportAndStillValidates() throws Exception {
		String document = mvc.perform(get("/v3/api-docs")).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		SwaggerParseResult result = new OpenAPIParser().readContents(document, null, null);
		assertThat(result.getMessages()).isEmpty();
		assertThat(result.getOpenAPI().getPaths().get("/api/v1/reports/work").getGet().getParameters())
			.extracting(p -> p.getName()).containsExactly("scope", "from", "to", "format");
	}

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	@Test
	void theWallShowsTheSameDashboardWithoutTheMenu() throws Exception {
		String html = page("/dashboard/wall?period=2026");
		assertThat(html).contains("宁化县基层党建数据大屏", ">4,614</span>", "id=\"auto-refresh\"", "/js/wall.js").doesNotContain("class=\"menu\"");
	}

	@Test
	@WithMockUser(username = "clerk", authorities = "person:read")
	void withoutIndicatorReadTheHomePageHasNoDashboard() throws Exception {
		assertThat(page("/")).doesNotContain("数据概览");
		mvc.perform(get("/reports/work")).andExpect(status().isForbidden());
	}
}

package org.bastion.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.bastion.IntegrationTest;
import org.bastion.common.Period;
import org.bastion.dashboard.internal.FigureFormat;
import org.bastion.indicators.IndicatorValue;
import org.bastion.indicators.Indicators;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The work report of Ninghua's demo data for 2026 (the demo's pairings start in it), from the real engine and
 * the modules' own sentences: the page, the PDF and the Word file carry 「全县…个机关党支部结对帮扶…个贫困村，…名党员干部
 * 结对…户贫困户」 with the engine's figures for the county.
 */
@IntegrationTest
@WithMockUser(username = "admin", authorities = {"indicator:read", "data:export"})
class WorkReportOnTheDemoTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Indicators indicators;

	@Autowired
	FigureFormat format;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	Map<String, String> figures;

	/** Ninghua's county committee: other tests generate other counties beside it. */
	long county;

	@BeforeEach
	void theEnginesFigures() {
		county = jdbc.sql("select id from party_organization where kind = 'COUNTY_COMMITTEE' and division_code = '350424' and parent_id is null")
			.query(Long.class).single();
		figures = indicators.values(county, Period.year(2026)).stream()
			.collect(Collectors.toMap(IndicatorValue::code, v -> format.inSentence(v.value(), v.definition().unit())));
	}

	String pairingSentence() {
		return "全县" + figures.get("pairing.branch_village.branches") + "个机关党支部结对帮扶" + figures.get("pairing.branch_village.villages")
				+ "个贫困村，" + figures.get("pairing.n1.cadres") + "名党员干部结对" + figures.get("pairing.n1.households") + "户贫困户";
	}

	@Test
	void theReportPageOpensThePairingSectionWithTheCountysFigures() throws Exception {
		String html = mvc.perform(get("/reports/work?period=2026&scope=" + county)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(figures.get("pairing.n1.households")).isNotEqualTo("0");
		assertThat(html).contains("宁化县基层党建工作简报", "、结对帮扶", pairingSentence());
	}

	@Test
	void thePdfAndTheWordFileCarryTheSameSentence() throws Exception {
		byte[] pdf = mvc.perform(get("/reports/work.pdf?period=2026&scope=" + county)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsByteArray();
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			assertThat(new PDFTextStripper().getText(doc).replaceAll("\\s+", "")).contains(pairingSentence());
		}
		byte[] docx = mvc.perform(get("/reports/work.docx?period=2026&scope=" + county)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsByteArray();
		try (XWPFWordExtractor text = new XWPFWordExtractor(new XWPFDocument(new ByteArrayInputStream(docx)))) {
			assertThat(text.getText()).contains(pairingSentence());
		}
	}
}

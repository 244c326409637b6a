package org.bastion.people.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bastion.SwitchedDataScopes.scope;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.bastion.DemoTownships;
import org.bastion.IntegrationTest;
import org.bastion.SwitchedScopeSupport;
import org.bastion.common.scope.DataScope;
import org.bastion.geography.Divisions;
import org.bastion.people.PeopleTestData;
import org.bastion.people.PersonFixtures;
import org.bastion.people.internal.PersonManagement;
import org.bastion.platform.RecurringTask;
import org.bastion.platform.WorkResults;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * An export above {@code bastion.export.long-work-rows} (here 3) is long work: the GET offers it,
 * the POST starts it and returns at once, the progress counts the rows written, and the file — exactly
 * the filtered rows of the submitter's scope — is its owner's only, until the nightly cleanup deletes
 * it. A small export is still a direct download. Signed in as a user of 安乐镇.
 */
@IntegrationTest
@TestPropertySource(properties = "bastion.export.long-work-rows=3")
@WithMockUser(username = "anle-exporter", authorities = {"person:read", "person:write", "household:read", "organization:read", "data:export"})
class BigExportTests extends SwitchedScopeSupport {

	@Autowired
	MockMvc mvc;
	@Autowired
	PersonManagement people;
	@Autowired
	DemoTownships townships;
	@Autowired
	Divisions divisions;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	List<RecurringTask> recurring;
	@Autowired
	Clock clock;

	String tag;

	@BeforeEach
	void fourPersonsInAnleAndOneInCuijiang() {
		scope = DataScope::everything;
		tag = PeopleTestData.uniqueName("");
		String anleVillage = divisions.villagesUnder(DemoTownships.ANLE).get(0).code();
		for (int i = 1; i <= 4; i++) {
			people.register(PersonFixtures.resident("安乐" + i + tag, anleVillage));
		}
		people.register(PersonFixtures.resident("翠江" + tag, divisions.villagesUnder(DemoTownships.CUIJIANG).get(0).code()));
		DataScope anle = townships.scope(DemoTownships.ANLE);
		scope = () -> anle;
	}

	@Test
	void aBigExportRunsAsLongWorkAndItsFileHoldsExactlyTheFilteredRowsInScopeForItsOwnerOnly() throws Exception {
		mvc.perform(get("/people/export.xlsx").param("q", tag))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("共 4 行，超过 3 行")))
			.andExpect(content().string(containsString("name=\"q\" value=\"" + tag + "\"")));
		MvcResult started = mvc.perform(post("/people/export.xlsx").param("q", tag).with(csrf()))
			.andExpect(status().is3xxRedirection()).andReturn();
		String file = WorkResults.resultOf(mvc, started);
		long id = Long.parseLong(file.replaceAll("\\D", ""));
		assertThat(file).isEqualTo("/work/" + id + "/file");
		assertThat(jdbc.sql("select done_count from platform_work where id = ?").param(id).query(Long.class).single()).isEqualTo(4);
		mvc.perform(get("/work/{id}", id)).andExpect(content().string(containsString("已写入 4 行")))
			.andExpect(content().string(containsString("下载文件")));

		byte[] xlsx = mvc.perform(get(file)).andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("attachment"))).andReturn()
			.getResponse().getContentAsByteArray();
		assertThat(names(xlsx)).containsExactlyInAnyOrder("安乐1" + tag, "安乐2" + tag, "安乐3" + tag, "安乐4" + tag);
		mvc.perform(get(file).with(user("someone-else").authorities(() -> "data:export"))).andExpect(status().isNotFound());
		mvc.perform(get("/work/{id}", id).with(user("someone-else"))).andExpect(status().isNotFound());
	}

	@Test
	@WithMockUser(username = "pairing-exporter", authorities = {"pairing:read", "person:write", "organization:read", "data:export"})
	void aBigPairingExportGoesThroughLongWorkWithEveryMatchingPairingInTheListsOrder() throws Exception {
		scope = DataScope::everything;
		MvcResult started = mvc.perform(post("/pairings/n-plus-one/export.xlsx").with(csrf()))
			.andExpect(status().is3xxRedirection()).andReturn();
		byte[] xlsx = mvc.perform(get(WorkResults.resultOf(mvc, started))).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsByteArray();
		List<String> expected = jdbc.sql("select left_name from pairing where kind = 'N_PLUS_ONE' order by left_name, id")
			.query(String.class).list();
		List<String> firstColumn = new ArrayList<>();
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			book.getSheetAt(0).forEach(row -> firstColumn.add(row.getCell(0).getStringCellValue()));
		}
		assertThat(expected).hasSizeGreaterThan(3);
		assertThat(firstColumn.subList(1, firstColumn.size())).isEqualTo(expected);
	}

	@Test
	void aSmallExportIsStillADirectDownload() throws Exception {
		byte[] xlsx = mvc.perform(get("/people/export.xlsx").param("q", "安乐1" + tag))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("attachment")))
			.andReturn().getResponse().getContentAsByteArray();
		assertThat(names(xlsx)).containsExactly("安乐1" + tag);
	}

	@Test
	void theNightlyCleanupDeletesFilesOlderThanTheirKeepingDays() throws Exception {
		MvcResult started = mvc.perform(post("/people/export.xlsx").param("q", tag).with(csrf()))
			.andExpect(status().is3xxRedirection()).andReturn();
		String file = WorkResults.resultOf(mvc, started);
		long id = Long.parseLong(file.replaceAll("\\D", ""));
		RecurringTask cleanup = recurring.stream().filter(t -> t.name().equals("platform.work-files.cleanup")).findFirst()
			.orElseThrow();
		cleanup.run("");
		mvc.perform(get(file)).andExpect(status().isOk());
		jdbc.sql("update platform_work_file set created_at = ? where work_id = ?")
			.params(OffsetDateTime.ofInstant(clock.instant().minus(Duration.ofDays(4)), ZoneOffset.UTC), id).update();
		cleanup.run("");
		cleanup.run("");
		mvc.perform(get(file)).andExpect(status().isNotFound());
		mvc.perform(get("/work/{id}", id)).andExpect(status().isOk());
	}

	/** The names (second column, after the id) of the data rows. */
	private static List<String> names(byte[] xlsx) throws Exception {
		List<String> names = new ArrayList<>();
		DataFormatter cells = new DataFormatter();
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			for (Row row : book.getSheetAt(0)) {
				if (row.getRowNum() > 0) {
					names.add(cells.formatCellValue(row.getCell(1)));
				}
			}
		}
		return names;
	}
}

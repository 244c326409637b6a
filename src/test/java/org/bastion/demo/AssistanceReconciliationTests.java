package org.bastion.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import org.bastion.IntegrationTest;
import org.bastion.common.PageRequest;
import org.bastion.common.Period;
import org.bastion.funds.FundEntryData;
import org.bastion.funds.FundKind;
import org.bastion.funds.Funds;
import org.bastion.indicators.IndicatorRecord;
import org.bastion.indicators.Indicators;
import org.bastion.project.ProjectData;
import org.bastion.project.ProjectKind;
import org.bastion.project.ProjectStatus;
import org.bastion.project.ProjectView;
import org.bastion.project.Projects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The Ninghua article's assistance figures (indicators.md: assistance.*) computed from the demo's
 * records for the default period, this year by the county clock (the demo dates its records between
 * the year's first day and today): 58 projects, 5 cooperatives, 1,563 households, 7,530,000.00 yuan.
 */
@IntegrationTest
@WithMockUser(username = "admin", authorities = {"indicator:read", "project:read", "project:write", "funds:read", "funds:write"})
class AssistanceReconciliationTests {

	@Autowired
	Indicators indicators;
	@Autowired
	Projects projects;
	@Autowired
	Funds funds;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	Clock clock;

	Period year() {
		return Period.thisYear(clock);
	}

	@ParameterizedTest(name = "{0} = {1}")
	@CsvSource({"assistance.projects, 58", "assistance.cooperatives, 5", "assistance.households_employed, 1563",
			"assistance.funds_yuan, 7530000.00"})
	void theDefaultPeriodReproducesThePublishedFigure(String code, BigDecimal published) {
		assertThat(indicators.value(code, null, year()).value()).isEqualByComparingTo(published);
	}

	@Test
	void theDrillDownsListTheRecordsTheFiguresCount() {
		assertThat(indicators.records("assistance.projects", null, year(), PageRequest.of(0, 5)).total()).isEqualTo(58);
		assertThat(indicators.records("assistance.households_employed", null, year(), PageRequest.of(0, 5)).total()).isEqualTo(1_563);
		BigDecimal listed = BigDecimal.ZERO;
		for (int page = 0;; page++) {
			var found = indicators.records("assistance.funds_yuan", null, year(), new PageRequest(page, 200));
			listed = listed.add(found.items().stream().map(IndicatorRecord::amount).reduce(BigDecimal.ZERO, BigDecimal::add));
			if (!found.hasNext()) {
				break;
			}
		}
		assertThat(listed).isEqualByComparingTo("7530000.00");
	}

	@Test
	void aProjectAndAPaymentOfAPairingCountAsSoonAsTheyAreRecordedAndNoLongerOnceCancelledOrOfAnotherKind() {
		long pairing = jdbc.sql("select min(id) from pairing where kind = 'BRANCH_VILLAGE' and status = 'ACTIVE'").query(Long.class).single();
		Map<String, Object> side = jdbc.sql("select left_organization_id, right_organization_id, right_division from pairing where id = ?")
			.param(pairing).query().singleRow();
		long organ = ((Number) side.get("left_organization_id")).longValue();
		long village = ((Number) side.get("right_organization_id")).longValue();
		String division = (String) side.get("right_division");
		LocalDate today = LocalDate.now(clock);
		BigDecimal projectsBefore = indicators.value("assistance.projects", null, year()).value();
		BigDecimal fundsBefore = indicators.value("assistance.funds_yuan", null, year()).value();

		ProjectView project = projects.register(new ProjectData(ProjectKind.ASSISTANCE, "测试帮扶项目", division, village, today, null,
				ProjectStatus.UNDER_WAY, null, null, "pairing", pairing, null));
		var entry = funds.enter(new FundEntryData(FundKind.ASSISTANCE, new BigDecimal("1234.56"), "测试帮扶资金", organ, null, village,
				null, today, division, "pairing", pairing, null));
		assertThat(indicators.value("assistance.projects", null, year()).value()).isEqualByComparingTo(projectsBefore.add(BigDecimal.ONE));
		assertThat(indicators.value("assistance.funds_yuan", null, year()).value())
			.isEqualByComparingTo(fundsBefore.add(new BigDecimal("1234.56")));

		ProjectData cancelled = new ProjectData(ProjectKind.ASSISTANCE, "测试帮扶项目", division, village, today, null,
				ProjectStatus.CANCELLED, null, null, "pairing", pairing, null);
		projects.change(project.id(), project.version(), cancelled);
		funds.change(entry.id(), entry.version(), new FundEntryData(FundKind.OTHER, entry.amountYuan(), entry.purpose(), organ, null,
				village, null, today, division, "pairing", pairing, null));
		assertThat(indicators.value("assistance.projects", null, year()).value()).isEqualByComparingTo(projectsBefore);
		assertThat(indicators.value("assistance.funds_yuan", null, year()).value()).isEqualByComparingTo(fundsBefore);
	}
}

package org.bastion.dashboard;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.BDDMockito.given;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.bastion.common.PageRequest;
import org.bastion.common.PageResult;
import org.bastion.common.Period;
import org.bastion.indicators.IndicatorDefinition;
import org.bastion.indicators.IndicatorRecord;
import org.bastion.indicators.IndicatorShare;
import org.bastion.indicators.IndicatorUnit;
import org.bastion.indicators.IndicatorValue;
import org.bastion.indicators.Indicators;
import org.bastion.indicators.ReportSentence;
import org.bastion.indicators.Text;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An engine (a Mockito mock of {@link Indicators}) that answers fixed values for the caller's whole scope,
 * the demo's county: 2,398 cadres and 4,614 households paired (4,001 … 4,012 by month; 2 and 1 in two
 * townships, and an organ branch beside them with none), 7,530,000 yuan of funds, and 4,614 drill-down
 * records of households — as many as the figure.
 */
public final class FixedIndicators {

	public static final IndicatorDefinition CADRES = IndicatorDefinition.count("pairing", 1, "pairing.n1.cadres",
			Text.of("结对党员干部", "Cadres paired"), IndicatorUnit.COUNT, Text.of("期间内有在结 N+1 结对的党员干部", "cadres"));
	public static final IndicatorDefinition HOUSEHOLDS = IndicatorDefinition.count("pairing", 2, "pairing.n1.households",
			Text.of("结对贫困户", "Households paired"), IndicatorUnit.COUNT, Text.of("期间内有在结 N+1 结对的贫困户", "households"));
	public static final IndicatorDefinition FUNDS = IndicatorDefinition.sum("funds", 1, "assistance.funds_yuan",
			Text.of("帮扶资金", "Assistance funds"), IndicatorUnit.YUAN, Text.of("期间内到位的帮扶资金", "funds"));
	public static final long PAIRED_HOUSEHOLDS = 4614;
	/** A child of the county that governs no area: the comparisons leave it out. */
	public static final String ORGAN_BRANCH = "中共宁化县某局机关支部委员会";

	public final long county;
	public final List<Long> townships;

	private FixedIndicators(long county, List<Long> townships) {
		this.county = county;
		this.townships = townships;
	}

	/** Makes the mock answer; the county and two townships are the demo's. */
	public static FixedIndicators answer(Indicators indicators, JdbcClient jdbc) {
		long county = jdbc.sql("select id from party_organization where kind = 'COUNTY_COMMITTEE' and division_code = '350424' and parent_id is null").query(Long.class).single();
		List<Long> townships = jdbc.sql("select id from party_organization where kind = 'TOWNSHIP_COMMITTEE' order by id limit 2")
			.query(Long.class).list();
		FixedIndicators fixed = new FixedIndicators(county, townships);
		given(indicators.definitions()).willReturn(List.of(CADRES, HOUSEHOLDS, FUNDS));
		given(indicators.values(isNull(), any())).willAnswer(a -> List.of(fixed.value(CADRES, 2398, a.getArgument(1)),
				fixed.value(HOUSEHOLDS, PAIRED_HOUSEHOLDS, a.getArgument(1)), fixed.value(FUNDS, 7_530_000, a.getArgument(1))));
		given(indicators.value(eq(HOUSEHOLDS.code()), isNull(), any()))
			.willAnswer(a -> fixed.value(HOUSEHOLDS, PAIRED_HOUSEHOLDS, a.getArgument(2)));
		given(indicators.history(any(), isNull(), any(), any())).willAnswer(a -> {
			List<IndicatorValue> months = new ArrayList<>();
			for (YearMonth m = a.getArgument(2); !m.isAfter(a.getArgument(3)); m = m.plusMonths(1)) {
				months.add(fixed.value(HOUSEHOLDS, 4000 + m.getMonthValue(), Period.month(m)));
			}
			return months;
		});
		long organ = jdbc.sql("select min(id) from party_organization where kind = 'ORGAN_BRANCH'").query(Long.class).single();
		given(indicators.breakdown(any(), isNull(), any())).willAnswer(a -> List.of(
				new IndicatorShare(townships.get(0), "中共宁化县翠江镇委员会", fixed.value(HOUSEHOLDS, 2, a.getArgument(2))),
				new IndicatorShare(townships.get(1), "中共宁化县安乐镇委员会", fixed.value(HOUSEHOLDS, 1, a.getArgument(2))),
				new IndicatorShare(organ, ORGAN_BRANCH, fixed.value(HOUSEHOLDS, 0, a.getArgument(2)))));
		given(indicators.records(eq(HOUSEHOLDS.code()), isNull(), any(), any()))
			.willAnswer(a -> households(a.getArgument(3)));
		given(indicators.sentences()).willReturn(List.of(new ReportSentence("pairing", 1,
				Text.of("全县{pairing.n1.cadres}名党员干部结对{pairing.n1.households}户贫困户", null))));
		return fixed;
	}

	/** A page of the 4,614 households: 张三户 (open), 李四户 (ended 2026-09-30), then 第 n 户. */
	static PageResult<IndicatorRecord> households(PageRequest page) {
		List<IndicatorRecord> items = new ArrayList<>();
		for (long n = page.offset(); n < Math.min(PAIRED_HOUSEHOLDS, page.offset() + page.size()); n++) {
			String title = n == 0 ? "张三户" : n == 1 ? "李四户" : "第 " + (n + 1) + " 户";
			items.add(new IndicatorRecord("household", n + 1, title, n == 0 ? "结对 1 名干部" : null, "中共宁化县翠江镇委员会",
					LocalDate.of(2026, 3, 1), n == 1 ? LocalDate.of(2026, 9, 30) : null, null, n == 0 ? "/households/1" : null));
		}
		return new PageResult<>(items, page.page(), page.size(), PAIRED_HOUSEHOLDS);
	}

	IndicatorValue value(IndicatorDefinition d, long n, Period period) {
		return new IndicatorValue(d, BigDecimal.valueOf(n), null, null, county, period);
	}
}

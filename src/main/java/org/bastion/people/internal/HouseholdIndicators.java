package org.bastion.people.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;

import org.bastion.indicators.IndicatorDefinition;
import org.bastion.indicators.IndicatorFact;
import org.bastion.indicators.IndicatorPlace;
import org.bastion.indicators.IndicatorProvider;
import org.bastion.indicators.IndicatorRecord;
import org.bastion.indicators.ReportSentence;
import org.bastion.indicators.Text;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The registered poor households' indicators (建档立卡贫困户): those registered as of the period's
 * last day (from the day the record was made), those that had left poverty by then (from the first
 * day of their exit year, 脱贫年份), and the exit rate. The people module owns the exit: pairing
 * records it through {@code Households.recordLeftPoverty}.
 */
@Component
class HouseholdIndicators implements IndicatorProvider {

	static final String HOUSEHOLD = "household";
	private static final String MODULE = "people";
	private static final String REGISTERED = "households.registered";
	private static final String EXITED = "households.exited";
	private static final String ROWS = "select h.id, h.household_number, h.village_code, h.status, h.exit_year, h.created_at "
			+ "from household h";

	private final JdbcClient jdbc;

	HouseholdIndicators(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<IndicatorDefinition> definitions() {
		return List.of(IndicatorDefinition.stock(MODULE, 1, REGISTERED, Text.of("建档立卡贫困户", "Registered poor households"),
				Text.of("统计期末日已登记的建档立卡贫困户。", "Registered poor households on record on the period's last day.")),
				IndicatorDefinition.stock(MODULE, 2, EXITED, Text.of("已脱贫户", "Households that left poverty"),
						Text.of("统计期末日已脱贫（脱贫年份不晚于该日所在年份）的建档立卡贫困户。",
								"Registered poor households that had left poverty by the period's last day (exit year up to its year).")),
				IndicatorDefinition.ratio(MODULE, 3, "households.exited_rate", Text.of("脱贫率", "Exit rate"),
						Text.of("统计期末日已脱贫户占建档立卡贫困户的比例。",
								"Share of the registered poor households that had left poverty by the period's last day."),
						EXITED, REGISTERED));
	}

	@Override
	public List<ReportSentence> sentences() {
		return List.of(new ReportSentence(MODULE, 10, Text.of("建档立卡贫困户脱贫率{households.exited_rate}%",
				"{households.exited_rate}% of the registered poor households have left poverty")));
	}

	@Override
	public Stream<IndicatorFact> facts() {
		List<IndicatorFact> facts = new ArrayList<>();
		jdbc.sql(ROWS).query((ResultSet rs) -> {
			facts.addAll(facts(rs));
		});
		return facts.stream();
	}

	@Override
	public Stream<IndicatorFact> factsOf(String recordType, Collection<Long> ids) {
		if (!HOUSEHOLD.equals(recordType) || ids.isEmpty()) {
			return Stream.empty();
		}
		List<IndicatorFact> facts = new ArrayList<>();
		List<Long> all = List.copyOf(ids);
		for (int from = 0; from < all.size(); from += 1_000) {
			jdbc.sql(ROWS + " where h.id in (:ids)").param("ids", all.subList(from, Math.min(all.size(), from + 1_000)))
				.query((ResultSet rs) -> {
					facts.addAll(facts(rs));
				});
		}
		return facts.stream();
	}

	private static List<IndicatorFact> facts(ResultSet rs) throws SQLException {
		long id = rs.getLong("id");
		LocalDate registered = rs.getTimestamp("created_at").toLocalDateTime().toLocalDate();
		IndicatorPlace village = IndicatorPlace.of(null, rs.getString("village_code"));
		String number = rs.getString("household_number");
		IndicatorRecord label = new IndicatorRecord(HOUSEHOLD, id, number, null, null, registered, null, null, "/households/" + id);
		List<IndicatorFact> facts = new ArrayList<>(List.of(IndicatorFact.of(REGISTERED, village, registered, null, label)));
		int exitYear = rs.getInt("exit_year");
		if ("LEFT_POVERTY".equals(rs.getString("status")) && !rs.wasNull()) {
			LocalDate exited = LocalDate.of(exitYear, 1, 1).isAfter(registered) ? LocalDate.of(exitYear, 1, 1) : registered;
			facts.add(IndicatorFact.of(EXITED, village, exited, null,
					new IndicatorRecord(HOUSEHOLD, id, number, exitYear + " 年脱贫", null, exited, null, null, "/households/" + id)));
		}
		return facts;
	}
}

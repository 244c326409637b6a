package org.bastion.pairing.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.bastion.indicators.IndicatorDefinition;
import org.bastion.indicators.IndicatorFact;
import org.bastion.indicators.IndicatorPlace;
import org.bastion.indicators.IndicatorProvider;
import org.bastion.indicators.IndicatorRecord;
import org.bastion.indicators.IndicatorUnit;
import org.bastion.indicators.ReportSentence;
import org.bastion.indicators.Text;
import org.bastion.pairing.HouseholdWork;
import org.bastion.pairing.HouseholdWorks;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The pairing's part of the assistance figures: registered poor households brought into work or
 * business (带动就业/创业), each household counted once in the period however many pairings brought it,
 * where the helped side of the pairing and the household's village are.
 */
@Component
class HouseholdWorkIndicators implements IndicatorProvider {

	static final String EMPLOYED = "assistance.households_employed";
	private static final String[] WAYS_ZH = {"就业", "创业", "产业"};

	private final HouseholdWorkStore works;
	private final JdbcClient jdbc;

	HouseholdWorkIndicators(HouseholdWorkStore works, JdbcClient jdbc) {
		this.works = works;
		this.jdbc = jdbc;
	}

	@Override
	public List<IndicatorDefinition> definitions() {
		return List.of(IndicatorDefinition.count("pairing", 30, EMPLOYED, Text.of("带动就业创业贫困户", "Poor households brought into work"),
				IndicatorUnit.COUNT,
				Text.of("结对帮扶带动就业、创业或参与产业的建档立卡贫困户数：带动日期在统计期内的记录，同一户计一次（迁移自旧记录、未指明户的每条记录各计一户）。",
						"Registered poor households a pairing brought into a job, a business or an industry in the period, each household "
								+ "once (a migrated record that names no household counts as one).")));
	}

	@Override
	public Stream<IndicatorFact> facts() {
		return facts(works.all());
	}

	@Override
	public Stream<IndicatorFact> factsOf(String recordType, Collection<Long> ids) {
		return HouseholdWorks.RECORD_TYPE.equals(recordType) ? facts(works.find(ids)) : Stream.empty();
	}

	@Override
	public List<ReportSentence> sentences() {
		return List.of(new ReportSentence("pairing", 30, Text.of("带动{assistance.households_employed}户贫困户就业创业",
				"{assistance.households_employed} poor households brought into work or business")));
	}

	private record Side(Long organizationId, String division, String name) {
	}

	private Stream<IndicatorFact> facts(List<HouseholdWork> records) {
		Map<Long, Side> sides = helpedSides(records.stream().map(HouseholdWork::pairingId).distinct().toList());
		return records.stream().filter(w -> sides.containsKey(w.pairingId())).map(w -> {
			Side side = sides.get(w.pairingId());
			Long h = w.householdId();
			IndicatorRecord label = new IndicatorRecord(HouseholdWorks.RECORD_TYPE, w.id(), h == null ? "未指明户" : "贫困户 #" + h,
					WAYS_ZH[w.way().ordinal()], side.name(), w.startedOn(), null, null,
					h == null ? "/pairings/pair/" + w.pairingId() : "/households/" + h);
			IndicatorFact fact = IndicatorFact.of(EMPLOYED, IndicatorPlace.of(side.organizationId(), side.division()), w.startedOn(),
					w.startedOn(), label);
			return w.householdId() == null ? fact : fact.countedAs(IndicatorFact.key("household", w.householdId()));
		});
	}

	/** The helped side of each pairing: its organization (a village branch) or none, its division, its name. */
	private Map<Long, Side> helpedSides(List<Long> pairingIds) {
		Map<Long, Side> sides = new HashMap<>();
		for (int from = 0; from < pairingIds.size(); from += 1000) {
			jdbc.sql("select id, right_organization_id, right_division, right_name from pairing where id in (:ids)")
				.param("ids", pairingIds.subList(from, Math.min(pairingIds.size(), from + 1000)))
				.query((rs, n) -> sides.put(rs.getLong("id"), new Side((Long) (rs.getObject("right_organization_id") == null ? null
						: rs.getLong("right_organization_id")), rs.getString("right_division"), rs.getString("right_name"))))
				.list();
		}
		return sides;
	}
}

package org.bastion.pairing.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.bastion.common.Period;
import org.bastion.common.scope.DataScopes;
import org.bastion.indicators.IndicatorKind;
import org.bastion.indicators.IndicatorValue;
import org.bastion.indicators.Indicators;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The pairing figures of the county's work report, a thin view over the indicator engine
 * ({@link PairingIndicators}): for the period {@code from}–{@code to} and the caller's whole scope.
 * The assistance.* sums still come from the typed counters of the visit records until the project
 * and funds records replace them (issue 13).
 */
@Service
@PreAuthorize(PairingManagement.READ)
public class PairingFigures {

	/** Every figure this class computes, in the order the pages show them. */
	public static final String[] KEYS = {"pairing.branch_village.branches", "pairing.branch_village.villages",
			"assistance.funds_yuan", "assistance.projects", "assistance.cooperatives", "assistance.households_employed",
			"pairing.n1.cadres", "pairing.n1.households", "pairing.n1.quota_violations", "first_secretaries.sent",
			"mentor.mentors", "mentor.pairs", "link.organ_branches", "link.village_branches", "link.organ_members",
			"link.rural_people", "link.pairs", "enterprise.soe_partners", "enterprise.private_partners", "leader.instructors",
			"leader.enterprises"};

	private final JdbcClient jdbc;
	private final DataScopes scopes;
	private final Indicators indicators;

	PairingFigures(JdbcClient jdbc, DataScopes scopes, Indicators indicators) {
		this.jdbc = jdbc;
		this.scopes = scopes;
		this.indicators = indicators;
	}

	/** The figures by key for the period {@code from}–{@code to} (both days included). */
	public Map<String, Number> compute(LocalDate from, LocalDate to) {
		Map<String, IndicatorValue> values = new HashMap<>();
		indicators.values(null, Period.of(from, to)).forEach(v -> values.put(v.code(), v));
		Map<String, Number> typed = values.containsKey("assistance.funds_yuan") ? Map.of() : typedAssistance(from, to);
		Map<String, Number> figures = new LinkedHashMap<>();
		for (String key : KEYS) {
			IndicatorValue v = values.get(key);
			if (v != null) {
				figures.put(key, v.definition().kind() == IndicatorKind.SUM ? v.value() : (Number) v.value().longValueExact());
			}
			else if (typed.containsKey(key)) {
				figures.put(key, typed.get(key));
			}
		}
		return figures;
	}

	/** The sums typed on visit records (帮扶资金, 项目, 合作社, 带动就业) in the period, in scope. */
	private Map<String, Number> typedAssistance(LocalDate from, LocalDate to) {
		Map<String, Object> params = new HashMap<>();
		params.put("from", from);
		params.put("to", to);
		String visitScope = PairingStore.inScope(scopes.current(), params);
		Object[] sums = jdbc.sql("select coalesce(sum(v.funds_yuan), 0), coalesce(sum(v.projects), 0), "
				+ "coalesce(sum(v.cooperatives), 0), coalesce(sum(v.households_employed), 0) from pairing_visit v "
				+ "join pairing p on p.id = v.pairing_id where v.visited_on between :from and :to" + visitScope)
			.params(params)
			.query((rs, i) -> new Object[] {rs.getBigDecimal(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)})
			.single();
		return Map.of("assistance.funds_yuan", ((BigDecimal) sums[0]).setScale(2, java.math.RoundingMode.HALF_UP),
				"assistance.projects", (Long) sums[1], "assistance.cooperatives", (Long) sums[2],
				"assistance.households_employed", (Long) sums[3]);
	}
}

package org.bastion.pairing.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.bastion.common.Period;
import org.bastion.indicators.IndicatorKind;
import org.bastion.indicators.IndicatorValue;
import org.bastion.indicators.Indicators;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The pairing figures of the county's work report, a thin view over the indicator engine
 * ({@link PairingIndicators} and the assistance.* indicators of the project, funds and pairing records):
 * for the period {@code from}–{@code to} and the caller's whole scope.
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

	private final Indicators indicators;

	PairingFigures(Indicators indicators) {
		this.indicators = indicators;
	}

	/** The figures by key for the period {@code from}–{@code to} (both days included). */
	public Map<String, Number> compute(LocalDate from, LocalDate to) {
		Map<String, IndicatorValue> values = new HashMap<>();
		indicators.values(null, Period.of(from, to)).forEach(v -> values.put(v.code(), v));
		Map<String, Number> figures = new LinkedHashMap<>();
		for (String key : KEYS) {
			IndicatorValue v = values.get(key);
			if (v != null) {
				figures.put(key, v.definition().kind() == IndicatorKind.SUM ? v.value() : (Number) v.value().longValueExact());
			}
		}
		return figures;
	}
}

package org.bastion.pairing.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.bastion.common.scope.DataScopes;
import org.bastion.pairing.PairingKind;
import org.bastion.people.People;
import org.bastion.people.PersonView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The pairing figures of the county's work report (indicators.md: pairing.*, assistance.*,
 * first_secretaries.sent, mentor.*, link.*, enterprise.*, leader.*), computed from the pairing
 * records in the caller's scope for a period: a pair counts when it was confirmed (active or
 * ended) and its time overlaps the period; a visit or help record counts when it falls in it.
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
	private final PairingRules rules;
	private final People people;

	PairingFigures(JdbcClient jdbc, DataScopes scopes, PairingRules rules, People people) {
		this.jdbc = jdbc;
		this.scopes = scopes;
		this.rules = rules;
		this.people = people;
	}

	/** The figures by key for the period {@code from}–{@code to} (both days included). */
	public Map<String, Number> compute(LocalDate from, LocalDate to) {
		Map<String, Number> figures = new LinkedHashMap<>();
		Map<PairingKind, long[]> counts = new HashMap<>();
		Map<String, Object> params = new HashMap<>();
		params.put("from", from);
		params.put("to", to);
		String inPeriod = " where p.status <> 'PROPOSED' and p.starts_on <= :to and (p.ends_on is null or p.ends_on >= :from)"
				+ PairingStore.inScope(scopes.current(), params);
		jdbc.sql("select p.kind, count(distinct p.left_id) lefts, count(distinct p.right_id) rights, count(*) pairs from pairing p"
				+ inPeriod + " group by p.kind")
			.params(params)
			.query((rs, i) -> counts.put(PairingKind.valueOf(rs.getString("kind")),
					new long[] {rs.getLong("lefts"), rs.getLong("rights"), rs.getLong("pairs")}))
			.list();
		Map<String, Object> visitParams = new HashMap<>();
		visitParams.put("from", from);
		visitParams.put("to", to);
		String visitScope = PairingStore.inScope(scopes.current(), visitParams);
		Object[] sums = jdbc.sql("select coalesce(sum(v.funds_yuan), 0), coalesce(sum(v.projects), 0), "
				+ "coalesce(sum(v.cooperatives), 0), coalesce(sum(v.households_employed), 0) from pairing_visit v "
				+ "join pairing p on p.id = v.pairing_id where v.visited_on between :from and :to"
				+ visitScope)
			.params(visitParams)
			.query((rs, i) -> new Object[] {rs.getBigDecimal(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)})
			.single();
		figures.put("pairing.branch_village.branches", lefts(counts, PairingKind.BRANCH_VILLAGE));
		figures.put("pairing.branch_village.villages", rights(counts, PairingKind.BRANCH_VILLAGE));
		figures.put("assistance.funds_yuan", ((BigDecimal) sums[0]).setScale(2, java.math.RoundingMode.HALF_UP));
		figures.put("assistance.projects", (Long) sums[1]);
		figures.put("assistance.cooperatives", (Long) sums[2]);
		figures.put("assistance.households_employed", (Long) sums[3]);
		figures.put("pairing.n1.cadres", lefts(counts, PairingKind.N_PLUS_ONE));
		figures.put("pairing.n1.households", rights(counts, PairingKind.N_PLUS_ONE));
		figures.put("pairing.n1.quota_violations", quotaViolations(inPeriod, params));
		figures.put("first_secretaries.sent", lefts(counts, PairingKind.FIRST_SECRETARY));
		figures.put("mentor.mentors", lefts(counts, PairingKind.MENTOR));
		figures.put("mentor.pairs", pairs(counts, PairingKind.MENTOR));
		figures.put("link.organ_branches", lefts(counts, PairingKind.JOINT_BUILDING));
		figures.put("link.village_branches", rights(counts, PairingKind.JOINT_BUILDING));
		figures.put("link.organ_members", lefts(counts, PairingKind.MEMBER_LINK));
		figures.put("link.rural_people", rights(counts, PairingKind.MEMBER_LINK));
		figures.put("link.pairs", pairs(counts, PairingKind.MEMBER_LINK));
		figures.put("enterprise.soe_partners", lefts(counts, PairingKind.ONE_PLUS_N));
		figures.put("enterprise.private_partners", rights(counts, PairingKind.ONE_PLUS_N));
		figures.put("leader.instructors", lefts(counts, PairingKind.ENTERPRISE_INSTRUCTOR));
		figures.put("leader.enterprises", rights(counts, PairingKind.ENTERPRISE_INSTRUCTOR));
		return figures;
	}

	/** Cadres who held more N+1 households at once in the period than their rank allows (must be 0). */
	private long quotaViolations(String inPeriod, Map<String, Object> params) {
		Map<Long, Long> held = new HashMap<>();
		jdbc.sql("select p.left_id, count(*) n from pairing p" + inPeriod + " and p.kind = 'N_PLUS_ONE' and p.status = 'ACTIVE' group by p.left_id")
			.params(params)
			.query((rs, i) -> held.put(rs.getLong(1), rs.getLong(2)))
			.list();
		Map<Long, PersonView> cadres = people.findAll(held.keySet());
		return held.entrySet().stream()
			.filter(e -> e.getValue() > rules.quota(PairingKind.N_PLUS_ONE,
					cadres.containsKey(e.getKey()) ? cadres.get(e.getKey()).cadreRank() : null))
			.count();
	}

	private static long lefts(Map<PairingKind, long[]> counts, PairingKind kind) {
		return counts.getOrDefault(kind, new long[3])[0];
	}

	private static long rights(Map<PairingKind, long[]> counts, PairingKind kind) {
		return counts.getOrDefault(kind, new long[3])[1];
	}

	private static long pairs(Map<PairingKind, long[]> counts, PairingKind kind) {
		return counts.getOrDefault(kind, new long[3])[2];
	}
}

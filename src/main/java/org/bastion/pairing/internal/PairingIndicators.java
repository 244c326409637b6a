package org.bastion.pairing.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.bastion.common.scope.DataScope;
import org.bastion.common.scope.ScopeBinding;
import org.bastion.indicators.IndicatorDefinition;
import org.bastion.indicators.IndicatorFact;
import org.bastion.indicators.IndicatorPlace;
import org.bastion.indicators.IndicatorProvider;
import org.bastion.indicators.IndicatorRecord;
import org.bastion.indicators.IndicatorUnit;
import org.bastion.indicators.ReportSentence;
import org.bastion.indicators.Text;
import org.bastion.pairing.PairingKind;
import org.bastion.people.People;
import org.bastion.people.PersonView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The pairing program's indicators (catalogue: pairing.*, first_secretaries.sent, mentor.*, link.*,
 * enterprise.*, leader.* of the pairings): a confirmed pairing (active or ended) counts in a period
 * its time overlaps, each side once however many pairings it has; a cadre counts as a quota
 * violation (必须为 0) while holding more live N+1 households than their rank allows (处级 4, 正科 3,
 * 副科 2, 一般干部 1).
 */
@Component
class PairingIndicators implements IndicatorProvider {

	static final String PAIRING = "pairing";
	static final String N1_CADRE = "n1_cadre";
	private static final String MODULE = "pairing";
	private static final String ROW = "select p.id, p.kind, p.left_id, p.right_id, p.left_name, p.right_name, p.left_organization_id, "
			+ "p.right_organization_id, p.left_division, p.right_division, p.starts_on, p.ends_on from pairing p "
			+ "where p.status <> 'PROPOSED'";

	private enum Counted { LEFT, RIGHT, PAIR }

	private record Counts(String code, PairingKind kind, Counted counted, Text name, Text definition) {
	}

	private static final List<Counts> COUNTS = List.of(
			new Counts("pairing.branch_village.branches", PairingKind.BRANCH_VILLAGE, Counted.LEFT,
					Text.of("结对帮村机关支部", "Organ branches in branch–village pairings"),
					Text.of("统计期内与贫困村结对（已确认，结对时间与统计期有重叠）的机关党支部，一个支部只计一次。",
							"Organ branches with a confirmed branch–village pairing whose time overlaps the period, each once.")),
			new Counts("pairing.branch_village.villages", PairingKind.BRANCH_VILLAGE, Counted.RIGHT,
					Text.of("结对帮扶贫困村", "Poor villages in branch–village pairings"),
					Text.of("统计期内有机关支部结对帮扶的村，一个村只计一次。",
							"Villages helped by an organ branch in the period, each once.")),
			new Counts("pairing.n1.cadres", PairingKind.N_PLUS_ONE, Counted.LEFT,
					Text.of("结对帮扶党员干部", "Cadres in N+1 pairings"),
					Text.of("统计期内结对帮扶建档立卡贫困户的党员干部（N+1），一人只计一次。",
							"Cadres paired with registered poor households (N+1) in the period, each once.")),
			new Counts("pairing.n1.households", PairingKind.N_PLUS_ONE, Counted.RIGHT,
					Text.of("结对帮扶贫困户", "Registered poor households in N+1 pairings"),
					Text.of("统计期内有党员干部结对帮扶的建档立卡贫困户，一户只计一次。",
							"Registered poor households with a cadre paired in the period, each once.")),
			new Counts("first_secretaries.sent", PairingKind.FIRST_SECRETARY, Counted.LEFT,
					Text.of("选派驻村第一书记", "First secretaries sent"),
					Text.of("统计期内在岗或曾在岗的驻村第一书记，一人只计一次。",
							"First secretaries in post or who served in the period, each once.")),
			new Counts("mentor.mentors", PairingKind.MENTOR, Counted.LEFT, Text.of("导师", "Mentors"),
					Text.of("统计期内有帮带对子的导师，一人只计一次。", "Mentors with a mentor pair in the period, each once.")),
			new Counts("mentor.pairs", PairingKind.MENTOR, Counted.PAIR, Text.of("帮带对子", "Mentor pairs"),
					Text.of("统计期内存续的导师帮带对子。", "Mentor pairs that existed in the period.")),
			new Counts("link.organ_branches", PairingKind.JOINT_BUILDING, Counted.LEFT,
					Text.of("联建机关支部", "Organ branches in joint building"),
					Text.of("统计期内与村党支部联建的机关党支部，一个支部只计一次。",
							"Organ branches joint-building with a village branch in the period, each once.")),
			new Counts("link.village_branches", PairingKind.JOINT_BUILDING, Counted.RIGHT,
					Text.of("联建村党支部", "Village branches in joint building"),
					Text.of("统计期内与机关支部联建的村党支部，一个支部只计一次。",
							"Village branches joint-building with an organ branch in the period, each once.")),
			new Counts("link.organ_members", PairingKind.MEMBER_LINK, Counted.LEFT, Text.of("结对机关党员", "Organ members in member pairs"),
					Text.of("统计期内与农村党员群众结对的机关党员，一人只计一次。",
							"Organ members paired with rural members or residents in the period, each once.")),
			new Counts("link.rural_people", PairingKind.MEMBER_LINK, Counted.RIGHT,
					Text.of("结对农村党员群众", "Rural members and residents in member pairs"),
					Text.of("统计期内与机关党员结对的农村党员群众，一人只计一次。",
							"Rural members and residents paired with an organ member in the period, each once.")),
			new Counts("link.pairs", PairingKind.MEMBER_LINK, Counted.PAIR, Text.of("学习发展对子", "Study and development pairs"),
					Text.of("统计期内存续的学习对子和发展对子。", "Study and development pairs that existed in the period.")),
			new Counts("enterprise.soe_partners", PairingKind.ONE_PLUS_N, Counted.LEFT,
					Text.of("1+N 国企央企", "State-owned / central enterprises in 1+N"),
					Text.of("统计期内结对民企的国企、央企，一家只计一次。",
							"State-owned and central enterprises paired with private firms in the period, each once.")),
			new Counts("enterprise.private_partners", PairingKind.ONE_PLUS_N, Counted.RIGHT,
					Text.of("1+N 民企县企", "Private / county enterprises in 1+N"),
					Text.of("统计期内与国企结对的民企、县企，一家只计一次。",
							"Private and county enterprises paired with a state-owned one in the period, each once.")),
			new Counts("leader.instructors", PairingKind.ENTERPRISE_INSTRUCTOR, Counted.LEFT,
					Text.of("担任企业指导员的县领导", "County leaders as enterprise instructors"),
					Text.of("统计期内担任企业党建指导员的县处级领导，一人只计一次。",
							"County-level leaders instructing an enterprise in the period, each once.")),
			new Counts("leader.enterprises", PairingKind.ENTERPRISE_INSTRUCTOR, Counted.RIGHT,
					Text.of("县领导指导的企业", "Enterprises instructed by county leaders"),
					Text.of("统计期内有县领导担任指导员的企业，一家只计一次。",
							"Enterprises with a county leader as instructor in the period, each once.")));

	static final String QUOTA_VIOLATIONS = "pairing.n1.quota_violations";

	private final JdbcClient jdbc;
	private final PairingRules rules;
	private final People people;

	PairingIndicators(JdbcClient jdbc, PairingRules rules, People people) {
		this.jdbc = jdbc;
		this.rules = rules;
		this.people = people;
	}

	/** The pairing's facts, and for N+1 its cadre's quota, are read again after the transaction. */
	static void changed(org.springframework.context.ApplicationEventPublisher events, long id, PairingKind kind, long leftId,
			long rightId) {
		org.bastion.indicators.SourceChanges.changed(events, PairingIndicators.PAIRING, id);
		if (kind == PairingKind.N_PLUS_ONE) {
			org.bastion.indicators.SourceChanges.changed(events, PairingIndicators.N1_CADRE, leftId);
		}
		if (kind == PairingKind.RESERVE_MENTOR) {
			org.bastion.indicators.SourceChanges.changed(events, org.bastion.pairing.Pairings.MENTEE_RECORDS, rightId);
		}
	}

	@Override
	public List<IndicatorDefinition> definitions() {
		List<IndicatorDefinition> all = new ArrayList<>();
		for (int i = 0; i < COUNTS.size(); i++) {
			Counts c = COUNTS.get(i);
			all.add(IndicatorDefinition.count(MODULE, i < 4 ? i : i + 1, c.code(), c.name(),
					IndicatorUnit.COUNT, c.definition()));
		}
		all.add(IndicatorDefinition.count(MODULE, 4, QUOTA_VIOLATIONS, Text.of("超出结对限额的干部", "Cadres over their pairing quota"),
				IndicatorUnit.COUNT, Text.of("统计期内同时结对的贫困户多于其职级限额（处级 4 户、正科 3 户、副科 2 户、一般干部 1 户）的干部，应为 0。",
						"Cadres holding more N+1 households at once than their rank allows (4, 3, 2, 1); must be 0.")));
		return all;
	}

	@Override
	public List<ReportSentence> sentences() {
		return List.of(new ReportSentence(MODULE, 10, Text.of(
				"{pairing.branch_village.branches}个机关党支部结对帮扶{pairing.branch_village.villages}个贫困村",
				"{pairing.branch_village.branches} organ branches paired with {pairing.branch_village.villages} poor villages")),
				new ReportSentence(MODULE, 20, Text.of("{pairing.n1.cadres}名党员干部结对{pairing.n1.households}户贫困户",
						"{pairing.n1.cadres} cadres paired with {pairing.n1.households} poor households")),
				new ReportSentence(MODULE, 30, Text.of("选派驻村第一书记{first_secretaries.sent}名",
						"{first_secretaries.sent} first secretaries sent")));
	}

	@Override
	public Stream<IndicatorFact> facts() {
		List<IndicatorFact> facts = new ArrayList<>();
		jdbc.sql(ROW).query((ResultSet rs) -> {
			facts.addAll(pairingFacts(rs));
		});
		facts.addAll(violations(null));
		return facts.stream();
	}

	@Override
	public Stream<IndicatorFact> factsOf(String recordType, Collection<Long> ids) {
		if (PAIRING.equals(recordType)) {
			List<IndicatorFact> facts = new ArrayList<>();
			for (List<Long> chunk : chunks(ids)) {
				jdbc.sql(ROW + " and p.id in (:ids)").param("ids", chunk).query((ResultSet rs) -> {
					facts.addAll(pairingFacts(rs));
				});
			}
			return facts.stream();
		}
		return N1_CADRE.equals(recordType) ? violations(ids).stream() : Stream.empty();
	}

	private static List<List<Long>> chunks(Collection<Long> ids) {
		List<Long> all = List.copyOf(ids);
		List<List<Long>> chunks = new ArrayList<>();
		for (int from = 0; from < all.size(); from += 1_000) {
			chunks.add(all.subList(from, Math.min(all.size(), from + 1_000)));
		}
		return chunks;
	}

	private List<IndicatorFact> pairingFacts(ResultSet rs) throws SQLException {
		PairingKind kind = PairingKind.valueOf(rs.getString("kind"));
		long id = rs.getLong("id");
		IndicatorPlace left = place(rs, "left");
		IndicatorPlace right = place(rs, "right");
		List<IndicatorPlace> places = new ArrayList<>();
		if (left != null) {
			places.add(left);
		}
		if (right != null) {
			places.add(right);
		}
		if (places.isEmpty()) {
			return List.of();
		}
		LocalDate from = rs.getObject("starts_on", LocalDate.class);
		LocalDate to = rs.getObject("ends_on", LocalDate.class);
		if (to != null && to.isBefore(from)) {
			to = from; // ended on a day before it started: it held on its first day only
		}
		String leftName = rs.getString("left_name");
		String rightName = rs.getString("right_name");
		List<IndicatorFact> facts = new ArrayList<>();
		for (Counts c : COUNTS) {
			if (c.kind() != kind) {
				continue;
			}
			String key = switch (c.counted()) {
				case LEFT -> IndicatorFact.key(side(kind.left()), rs.getLong("left_id"));
				case RIGHT -> IndicatorFact.key(side(kind.right()), rs.getLong("right_id"));
				case PAIR -> IndicatorFact.key(PAIRING, id);
			};
			String title = c.counted() == Counted.RIGHT ? rightName : leftName;
			String partner = c.counted() == Counted.RIGHT ? leftName : rightName;
			String subtitle = c.counted() == Counted.PAIR ? leftName + " — " + rightName : "结对：" + partner;
			IndicatorRecord label = new IndicatorRecord(PAIRING, id, title, subtitle,
					kind.left() == org.bastion.pairing.Side.ORGANIZATION ? leftName : null, from, to, null, "/pairings/pair/" + id);
			facts.add(new IndicatorFact(c.code(), PAIRING, id, places, from, to, key, null, label));
		}
		return facts;
	}

	private static String side(org.bastion.pairing.Side side) {
		return side.name().toLowerCase(Locale.ROOT);
	}

	private static IndicatorPlace place(ResultSet rs, String side) throws SQLException {
		long organization = rs.getLong(side + "_organization_id");
		Long organizationId = rs.wasNull() ? null : organization;
		String division = rs.getString(side + "_division");
		return organizationId == null && (division == null || division.isBlank()) ? null : IndicatorPlace.of(organizationId, division);
	}

	/** Cadres (all, or these) over their N+1 quota now: one fact each, from their latest live pairing's start. */
	private List<IndicatorFact> violations(Collection<Long> cadres) {
		if (cadres != null && cadres.isEmpty()) {
			return List.of();
		}
		record Held(long cadre, String name, Long organizationId, String division, long households, LocalDate since) {
		}
		Map<String, Object> params = new HashMap<>();
		String only = "";
		if (cadres != null) {
			params.put("cadres", List.copyOf(cadres));
			only = " and p.left_id in (:cadres)";
		}
		List<Held> held = jdbc.sql("select p.left_id, min(p.left_name), min(p.left_organization_id), min(p.left_division), count(*), "
				+ "max(p.starts_on) from pairing p where p.kind = 'N_PLUS_ONE' and p.status = 'ACTIVE'" + only
				+ " group by p.left_id having count(*) > 1")
			.params(params)
			.query((rs, i) -> new Held(rs.getLong(1), rs.getString(2), (Long) rs.getObject(3, Long.class), rs.getString(4),
					rs.getLong(5), rs.getObject(6, LocalDate.class)))
			.list();
		if (held.isEmpty()) {
			return List.of();
		}
		Map<Long, PersonView> persons = ScopeBinding.callWith(DataScope.everything(),
				() -> people.findAll(held.stream().map(Held::cadre).toList()));
		List<IndicatorFact> facts = new ArrayList<>();
		for (Held h : held) {
			PersonView person = persons.get(h.cadre());
			int quota = rules.quota(PairingKind.N_PLUS_ONE, person == null ? null : person.cadreRank());
			if (h.households() <= quota || (h.organizationId() == null && h.division() == null)) {
				continue;
			}
			IndicatorRecord label = new IndicatorRecord(N1_CADRE, h.cadre(), h.name(),
					"结对 " + h.households() + " 户，限额 " + quota + " 户", null, h.since(), null, null, null);
			facts.add(new IndicatorFact(QUOTA_VIOLATIONS, N1_CADRE, h.cadre(), List.of(IndicatorPlace.of(h.organizationId(), h.division())),
					h.since(), null, IndicatorFact.key("person", h.cadre()), null, label));
		}
		return facts;
	}
}

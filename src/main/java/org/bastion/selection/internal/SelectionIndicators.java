package org.bastion.selection.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
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
import org.bastion.pairing.PairingKind;
import org.bastion.pairing.PairingView;
import org.bastion.pairing.Pairings;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The reserve.* indicators (墩苗工程): the pool as of the period's last day (entered on or before it,
 * not left by then), pool members with a named mentor (a confirmed RESERVE_MENTOR pairing) on that day
 * and their share of the pool, demonstration and basic classes that started in the period, and the
 * removals (不适合人选调整) in it.
 */
@Component
class SelectionIndicators implements IndicatorProvider {

	static final String CANDIDATE = "reserve_candidate";
	static final String CLASS = "reserve_class";
	static final String POOL = "reserve.candidates.pool";
	static final String MENTORED = "reserve.candidates.mentored";
	private static final String MODULE = "selection";
	private static final String CANDIDATES = "select c.id, c.person_id, c.village_code, c.state, c.pool_entered_on, c.ended_on, "
			+ "c.end_reason, c.proposed_role, r.organization_id, r.name round_name from reserve_candidate c "
			+ "join reserve_round r on r.id = c.round_id where (c.pool_entered_on is not null or c.state = 'REMOVED')";
	private static final String CLASSES = "select k.id, k.kind, k.name, k.starts_on, k.organization_id, k.division_code "
			+ "from reserve_class k where 1 = 1";

	private final JdbcClient jdbc;
	private final Pairings pairings;

	SelectionIndicators(JdbcClient jdbc, Pairings pairings) {
		this.jdbc = jdbc;
		this.pairings = pairings;
	}

	@Override
	public List<IndicatorDefinition> definitions() {
		return List.of(IndicatorDefinition.stock(MODULE, 1, POOL, Text.of("后备力量库在库人数", "Reserve cadres in the pool"),
				Text.of("统计期末日在库的村级后备力量（已入库、未调整出库）。", "Reserve cadres in the pool on the period's last day (entered, not removed).")),
				IndicatorDefinition.count(MODULE, 2, "reserve.classes.demonstration", Text.of("示范班", "Demonstration classes"),
						IndicatorUnit.COUNT, Text.of("统计期内开班的后备力量示范培训班。", "Demonstration training classes that started in the period.")),
				IndicatorDefinition.count(MODULE, 3, "reserve.classes.basic", Text.of("基础班", "Basic classes"), IndicatorUnit.COUNT,
						Text.of("统计期内开班的后备力量基础培训班。", "Basic training classes that started in the period.")),
				IndicatorDefinition.stock(MODULE, 4, MENTORED, Text.of("有结对帮带责任人的后备力量", "Reserve cadres with a mentor"),
						Text.of("统计期末日在库且有结对帮带责任人（已确认的导师结对）的后备力量。",
								"Pool members with a named mentor (a confirmed mentor pairing) on the period's last day.")),
				IndicatorDefinition.ratio(MODULE, 5, "reserve.mentor_coverage", Text.of("结对帮带覆盖率", "Mentor coverage"),
						Text.of("统计期末日在库后备力量中有结对帮带责任人的比例。", "Share of the pool with a named mentor on the period's last day."),
						MENTORED, POOL),
				IndicatorDefinition.count(MODULE, 6, "reserve.removed", Text.of("调整不适合人选", "Reserve cadres removed"),
						IndicatorUnit.COUNT, Text.of("统计期内因不适合而调整出库并写明理由的后备力量。",
								"Reserve cadres removed as unsuitable, with a reason, in the period.")));
	}

	@Override
	public List<ReportSentence> sentences() {
		return List.of(new ReportSentence(MODULE, 10, Text.of(
				"举办示范班{reserve.classes.demonstration}期、基础班{reserve.classes.basic}期，已调整不适合人选{reserve.removed}人",
				"{reserve.classes.demonstration} demonstration and {reserve.classes.basic} basic classes held, {reserve.removed} unsuitable reserve cadres removed")));
	}

	@Override
	public Stream<IndicatorFact> facts() {
		List<IndicatorFact> facts = new ArrayList<>(candidateFacts(CANDIDATES));
		jdbc.sql(CLASSES).query((ResultSet rs) -> {
			facts.add(classFact(rs));
		});
		return facts.stream();
	}

	@Override
	public Stream<IndicatorFact> factsOf(String recordType, Collection<Long> ids) {
		if (CANDIDATE.equals(recordType)) {
			return candidateFacts(CANDIDATES + " and c.id in (:ids)", ids).stream();
		}
		if (Pairings.MENTEE_RECORDS.equals(recordType)) {
			return candidateFacts(CANDIDATES + " and c.person_id in (:ids)", ids).stream();
		}
		if (CLASS.equals(recordType)) {
			return jdbc.sql(CLASSES + " and k.id in (:ids)").param("ids", List.copyOf(ids)).query((rs, i) -> classFact(rs)).list().stream();
		}
		return Stream.empty();
	}

	private static IndicatorFact classFact(ResultSet rs) throws SQLException {
		String code = "DEMONSTRATION".equals(rs.getString("kind")) ? "reserve.classes.demonstration" : "reserve.classes.basic";
		LocalDate on = rs.getObject("starts_on", LocalDate.class);
		long id = rs.getLong("id");
		return IndicatorFact.of(code, IndicatorPlace.of(rs.getLong("organization_id"), rs.getString("division_code")), on, on,
				new IndicatorRecord(CLASS, id, rs.getString("name"), null, null, on, on, null, "/reserve/classes/" + id));
	}

	private record Row(long id, long personId, String village, String state, LocalDate entered, LocalDate ended, String reason,
			String role, long organizationId, String round) {

		IndicatorPlace place() {
			return IndicatorPlace.of(organizationId, village);
		}

		IndicatorRecord label(LocalDate from, LocalDate to, String subtitle) {
			return new IndicatorRecord(CANDIDATE, id, role, subtitle, round, from, to, null, "/reserve/candidates/" + id);
		}
	}

	private List<IndicatorFact> candidateFacts(String sql) {
		return candidateFacts(jdbc.sql(sql));
	}

	private List<IndicatorFact> candidateFacts(String sql, Collection<Long> ids) {
		return ids.isEmpty() ? List.of() : candidateFacts(jdbc.sql(sql).param("ids", List.copyOf(ids)));
	}

	private List<IndicatorFact> candidateFacts(JdbcClient.StatementSpec spec) {
		List<Row> rows = spec.query((rs, i) -> new Row(rs.getLong("id"), rs.getLong("person_id"), rs.getString("village_code"),
				rs.getString("state"), rs.getObject("pool_entered_on", LocalDate.class), rs.getObject("ended_on", LocalDate.class),
				rs.getString("end_reason"), rs.getString("proposed_role"), rs.getLong("organization_id"), rs.getString("round_name")))
			.list();
		Map<Long, List<PairingView>> mentors = pairings.confirmedOfRights(PairingKind.RESERVE_MENTOR,
				rows.stream().map(Row::personId).distinct().toList());
		List<IndicatorFact> facts = new ArrayList<>();
		for (Row r : rows) {
			if (r.state().equals("REMOVED") && r.ended() != null) {
				facts.add(IndicatorFact.of("reserve.removed", r.place(), r.ended(), r.ended(), r.label(r.ended(), r.ended(), r.reason())));
			}
			if (r.entered() == null || (r.ended() != null && !r.ended().isAfter(r.entered()))) {
				continue;
			}
			LocalDate lastDay = r.ended() == null ? null : r.ended().minusDays(1);
			facts.add(IndicatorFact.of(POOL, r.place(), r.entered(), lastDay, r.label(r.entered(), lastDay, null)));
			for (PairingView mentor : mentorsOf(mentors, r.personId())) {
				LocalDate from = later(r.entered(), mentor.startsOn());
				LocalDate to = earlier(lastDay, mentor.endsOn() == null ? null : mentor.endsOn().minusDays(1));
				if (to == null || !to.isBefore(from)) {
					facts.add(new IndicatorFact(MENTORED, Pairings.MENTEE_RECORDS, r.personId(), List.of(r.place()), from, to,
							IndicatorFact.key(CANDIDATE, r.id()), null, r.label(from, to, "导师：" + mentor.leftName())));
				}
			}
		}
		return facts;
	}

	private List<PairingView> mentorsOf(Map<Long, List<PairingView>> mentors, long personId) {
		return mentors.getOrDefault(personId, List.of());
	}

	private static LocalDate later(LocalDate a, LocalDate b) {
		return a.isAfter(b) ? a : b;
	}

	private static LocalDate earlier(LocalDate a, LocalDate b) {
		if (a == null) {
			return b;
		}
		return b == null || a.isBefore(b) ? a : b;
	}
}

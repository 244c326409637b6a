package org.bastion.people.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.bastion.common.DomainException.FieldFault;
import org.bastion.common.audit.AuditEvent;
import org.bastion.common.scope.DataScope;
import org.bastion.common.scope.DataScopes;
import org.bastion.common.security.Authorities;
import org.bastion.common.excel.ImportProblem;
import org.bastion.common.excel.ImportReport;
import org.bastion.common.excel.RowValues;
import org.bastion.common.excel.XlsxReader;
import org.bastion.geography.Division;
import org.bastion.geography.Divisions;
import org.bastion.organization.OrganizationReference;
import org.bastion.organization.OrganizationView;
import org.bastion.people.HouseholdData;
import org.bastion.people.HouseholdRelation;
import org.bastion.people.HouseholdStatus;
import org.bastion.people.PersonData;
import org.bastion.platform.Progress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports persons and households from spreadsheets, all or nothing: every row is checked first —
 * each by itself, against the other rows and against the database, with references looked up once
 * for the whole file — and only a file without a single problem is written, in batches, in one
 * transaction. A row that names an organization or a division outside the importer's data scope is
 * refused like any other fault, and a household may only name persons in that scope. Every import
 * is audited, with its row counts.
 */
@Service
@PreAuthorize("hasAuthority('" + Authorities.IMPORT + "')")
public class PeopleImports {

	private static final Logger log = LoggerFactory.getLogger(PeopleImports.class);
	static final String PHASE_READ = "import.phase.read";
	static final String PHASE_CHECK = "import.phase.check";
	static final String PHASE_WRITE = "import.phase.write";

	private final PersonSheet personSheet;
	private final HouseholdSheet householdSheet;
	private final PersonRepository persons;
	private final HouseholdRepository households;
	private final PersonManagement management;
	private final Divisions divisions;
	private final MessageSource messages;
	private final DataScopes dataScopes;
	private final RefusedRegistrations refusals;
	private final ApplicationEventPublisher events;

	PeopleImports(PersonSheet personSheet, HouseholdSheet householdSheet, PersonRepository persons,
			HouseholdRepository households, PersonManagement management, Divisions divisions, MessageSource messages,
			DataScopes dataScopes, ApplicationEventPublisher events, RefusedRegistrations refusals) {
		this.refusals = refusals;
		this.dataScopes = dataScopes;
		this.events = events;
		this.personSheet = personSheet;
		this.householdSheet = householdSheet;
		this.persons = persons;
		this.households = households;
		this.management = management;
		this.divisions = divisions;
		this.messages = messages;
	}

	private record PersonRow(int row, PersonData data) {
	}

	@Transactional
	public ImportOutcome importPersons(InputStream upload) throws IOException {
		return importPersons(upload, Progress.none());
	}

	/** As {@link #importPersons(InputStream)}, telling {@code progress} the rows read and the problems so far. */
	@Transactional
	public ImportOutcome importPersons(InputStream upload, Progress progress) throws IOException {
		long started = System.currentTimeMillis();
		List<PersonRow> rows = new ArrayList<>();
		progress.phase(PHASE_READ);
		Map<String, OrganizationReference> seen = new HashMap<>();
		ImportReport report = XlsxReader.of(personSheet.readColumns()).read(upload, values -> {
			rows.add(new PersonRow(values.row(), personSheet.read(values, seen)));
			progress.step();
			progress.errors(values.problemsSoFar());
		});
		if (report.isFileRejected()) {
			return outcome(report, 0, started);
		}
		progress.phase(PHASE_CHECK);
		progress.total(rows.size());
		progress.done(0);
		Set<String> flagged = flagged(report);
		List<PersonData> all = rows.stream().map(PersonRow::data).toList();
		Map<String, Division> villages = management.divisionsFor(all);
		Map<Long, OrganizationView> organizations = management.organizationsFor(all);
		Map<String, Long> registered = persons.idsByIdNumber(
				all.stream().map(PersonData::idNumber).filter(Objects::nonNull).distinct().toList());
		Map<String, Integer> firstRowOf = new HashMap<>();
		List<String> heldOutside = new ArrayList<>();
		DataScope scope = dataScopes.current();
		// a number registered outside the importer's scope is refused without naming that person
		Map<String, Long> visible = registered.isEmpty() ? Map.of()
				: persons.idsByIdNumber(registered.keySet(), scope);
		for (PersonRow r : rows) {
			List<FieldFault> faults = new ArrayList<>(PersonRules.check(r.data(), management.today()));
			faults.addAll(PersonRules.checkReferences(r.data(), villages, organizations));
			for (FieldFault outside : PersonManagement.scopeFaults(scope, r.data())) {
				if (faults.stream().noneMatch(f -> f.field().equals(outside.field()))) {
					faults.add(outside);
				}
			}
			for (FieldFault f : faults) {
				String column = PersonSheet.COLUMN_OF_FIELD.get(f.field());
				if (!flagged.contains(r.row() + ":" + column)) {
					report.add(r.row(), column, chinese(f));
				}
			}
			String id = r.data().idNumber();
			if (id == null || faults.stream().anyMatch(f -> f.field().equals("idNumber"))) {
				continue;
			}
			Integer first = firstRowOf.putIfAbsent(id, r.row());
			if (first != null) {
				report.add(r.row(), PersonSheet.ID_NUMBER, "与第 " + first + " 行的身份证号重复");
			}
			else if (registered.containsKey(id)) {
				// outside the importer's scope, not even that the number is on file elsewhere
				report.add(r.row(), PersonSheet.ID_NUMBER, visible.containsKey(id)
						? "该身份证号已登记（人员编号 " + registered.get(id) + "）" : "该身份证号无法登记");
				if (!visible.containsKey(id)) {
					heldOutside.add(id);
				}
			}
			progress.step();
			progress.errors(report.problemCount());
		}
		progress.errors(report.problemCount());
		// a file of numbers is the same question as one registration, many times: it leaves a trace
		refusals.idNumbersTaken(heldOutside);
		if (report.isValid()) {
			progress.phase(PHASE_WRITE);
		}
		int written = report.isValid() ? persons.insertAll(all).size() : 0;
		return audited(PersonManagement.ENTITY, outcome(report, written, started));
	}

	private record MemberRow(int row, String number, String village, String idNumber, String relation,
			HouseholdStatus status, Integer exitYear) {
	}

	@Transactional
	public ImportOutcome importHouseholds(InputStream upload) throws IOException {
		return importHouseholds(upload, Progress.none());
	}

	/** As {@link #importHouseholds(InputStream)}, telling {@code progress} the rows read and the problems so far. */
	@Transactional
	public ImportOutcome importHouseholds(InputStream upload, Progress progress) throws IOException {
		long started = System.currentTimeMillis();
		Map<String, List<MemberRow>> byNumber = new LinkedHashMap<>();
		progress.phase(PHASE_READ);
		ImportReport report = XlsxReader.of(householdSheet.columns()).read(upload, values -> {
			MemberRow row = readMember(values);
			if (row.number() != null) {
				byNumber.computeIfAbsent(row.number(), k -> new ArrayList<>()).add(row);
			}
			progress.step();
			progress.errors(values.problemsSoFar());
		});
		if (report.isFileRejected()) {
			return outcome(report, 0, started);
		}
		progress.phase(PHASE_CHECK);
		List<MemberRow> rows = byNumber.values().stream().flatMap(List::stream).toList();
		DataScope scope = dataScopes.current();
		// persons outside the importer's scope are unknown to them
		Map<String, Long> personIds = persons.idsByIdNumber(
				rows.stream().map(MemberRow::idNumber).filter(Objects::nonNull).distinct().toList(), scope);
		Map<Long, Long> inHousehold = households.householdsOf(personIds.values());
		Set<String> numbersTaken = new HashSet<>(households.numbersTaken(byNumber.keySet()));
		Map<String, Division> villages = divisions.findAll(
				rows.stream().map(MemberRow::village).filter(Objects::nonNull).distinct().toList());
		Map<String, Integer> firstRowOf = new HashMap<>();
		List<HouseholdData> valid = new ArrayList<>();
		for (Map.Entry<String, List<MemberRow>> group : byNumber.entrySet()) {
			HouseholdData household = checkGroup(group.getKey(), group.getValue(), report, personIds, inHousehold,
					numbersTaken, villages, firstRowOf, scope);
			if (household != null) {
				valid.add(household);
			}
			progress.errors(report.problemCount());
		}
		if (report.isValid()) {
			progress.phase(PHASE_WRITE);
			households.insertAll(valid);
		}
		return audited(HouseholdManagement.ENTITY, outcome(report, report.isValid() ? valid.size() : 0, started));
	}

	private MemberRow readMember(RowValues values) {
		String relation = values.text(HouseholdSheet.RELATION);
		if (relation != null && !relation.equals(HouseholdSheet.HEAD) && !householdSheet.relations.containsKey(relation)) {
			values.problem(HouseholdSheet.RELATION, "应为以下之一：" + HouseholdSheet.HEAD + "/"
					+ String.join("/", householdSheet.relations.keySet()));
			relation = null;
		}
		return new MemberRow(values.row(), values.text(HouseholdSheet.NUMBER), values.text(HouseholdSheet.VILLAGE),
				PersonData.clean(org.bastion.common.ChineseIdNumber.normalize(values.text(HouseholdSheet.ID_NUMBER))),
				relation, values.oneOf(HouseholdSheet.STATUS, householdSheet.statuses), values.integer(HouseholdSheet.EXIT_YEAR));
	}

	private HouseholdData checkGroup(String number, List<MemberRow> rows, ImportReport report, Map<String, Long> personIds,
			Map<Long, Long> inHousehold, Set<String> numbersTaken, Map<String, Division> villages,
			Map<String, Integer> firstRowOf, DataScope scope) {
		List<MemberRow> heads = rows.stream().filter(r -> HouseholdSheet.HEAD.equals(r.relation())).toList();
		if (heads.size() != 1) {
			report.add(rows.get(0).row(), HouseholdSheet.RELATION,
					"户编号 " + number + " 有 " + heads.size() + " 位户主，每户须有且只有一位户主");
		}
		if (numbersTaken.contains(number)) {
			report.add(rows.get(0).row(), HouseholdSheet.NUMBER, "户编号 " + number + " 已存在");
		}
		MemberRow head = heads.isEmpty() ? rows.get(0) : heads.get(0);
		List<HouseholdData.Member> members = new ArrayList<>();
		for (MemberRow r : rows) {
			if (r != head && (!Objects.equals(r.village(), head.village()) || r.status() != head.status()
					|| !Objects.equals(r.exitYear(), head.exitYear()))) {
				report.add(r.row(), HouseholdSheet.VILLAGE, "所在村、状态、脱贫年份须与户主所在的第 " + head.row() + " 行一致");
			}
			if (r.idNumber() == null) {
				continue;
			}
			Integer first = firstRowOf.putIfAbsent(r.idNumber(), r.row());
			Long personId = personIds.get(r.idNumber());
			if (first != null) {
				report.add(r.row(), HouseholdSheet.ID_NUMBER, "此人已在第 " + first + " 行出现，一人只能属于一户");
			}
			else if (personId == null) {
				report.add(r.row(), HouseholdSheet.ID_NUMBER, "系统中没有此身份证号的人员，请先导入人员");
			}
			else if (inHousehold.containsKey(personId)) {
				report.add(r.row(), HouseholdSheet.ID_NUMBER, "此人已在另一户（编号 " + inHousehold.get(personId) + "）中");
			}
			if (r != head && r.relation() != null && !HouseholdSheet.HEAD.equals(r.relation())) {
				members.add(new HouseholdData.Member(personId, householdSheet.relations.get(r.relation())));
			}
		}
		HouseholdData household = new HouseholdData(number, head.village(), personIds.get(head.idNumber()), head.status(),
				head.exitYear(), members);
		List<FieldFault> faults = new ArrayList<>(HouseholdRules.check(household, management.today()));
		faults.addAll(HouseholdRules.checkVillage(head.village(), villages.get(head.village())));
		if (faults.stream().noneMatch(f -> f.field().equals("villageCode")) && head.village() != null
				&& !scope.coversDivision(head.village())) {
			faults.add(new FieldFault("villageCode", "household.error.villageOutsideScope", head.village()));
		}
		for (FieldFault f : faults) {
			String column = HouseholdSheet.COLUMN_OF_FIELD.get(f.field());
			if (column != null && !f.messageKey().equals("error.notBlank")) {
				report.add(head.row(), column, chinese(f));
			}
		}
		return household;
	}

	/** Problems already recorded, as "row:column", so that rules do not repeat them as 必填. */
	private static Set<String> flagged(ImportReport report) {
		Set<String> flagged = new HashSet<>();
		report.problems().forEach(p -> flagged.add(p.row() + ":" + p.column()));
		return flagged;
	}

	private String chinese(FieldFault fault) {
		return messages.getMessage(fault.messageKey(), fault.args(), fault.messageKey(), Labels.CHINESE);
	}

	private ImportOutcome audited(String entity, ImportOutcome outcome) {
		events.publishEvent(AuditEvent.imported(entity, outcome.rows() + " rows read, " + outcome.problems().size()
				+ " problems, " + outcome.written() + " written"));
		return outcome;
	}

	private ImportOutcome outcome(ImportReport report, int written, long started) {
		long millis = System.currentTimeMillis() - started;
		List<ImportProblem> problems = report.problems();
		log.info("Import read {} rows, {} problems, wrote {} in {} ms", report.dataRows(), problems.size(), written, millis);
		return new ImportOutcome(report.dataRows(), written, problems, millis);
	}
}

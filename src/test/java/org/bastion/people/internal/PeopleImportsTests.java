package org.bastion.people.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.bastion.IntegrationTest;
import org.bastion.common.excel.ImportProblem;
import org.bastion.organization.OrganizationView;
import org.bastion.people.HouseholdView;
import org.bastion.people.PeopleTestData;
import org.bastion.people.PersonData;
import org.bastion.people.PersonFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.context.request.RequestContextHolder;

@IntegrationTest
@org.springframework.security.test.context.support.WithMockUser(username = "admin", authorities = {"person:read", "person:write", "household:read", "household:write", "data:import", "data:export", "organization:read", "organization:write"})
class PeopleImportsTests {

	@Autowired
	PeopleImports imports;
	@Autowired
	PeopleExports exports;
	@Autowired
	PersonSheet sheet;
	@Autowired
	HouseholdSheet householdSheet;
	@Autowired
	PersonRepository persons;
	@Autowired
	HouseholdManagement households;
	@Autowired
	PeopleTestData data;

	@BeforeEach
	void asTheSystem() {
		// imports and exports as the system runs them: outside any request, with an unrestricted data scope
		RequestContextHolder.resetRequestAttributes();
	}

	List<PersonData> validPersons(int count) {
		OrganizationView[] tree = data.committeeWithBranch();
		List<PersonData> all = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			all.add(i % 2 == 0 ? PersonFixtures.member(PeopleTestData.uniqueName("陈"), data.village(), tree[1].id())
					: PersonFixtures.resident(PeopleTestData.uniqueName("林"), data.village()));
		}
		return all;
	}

	@Test
	void importsAValidFileAndTheirTags() throws Exception {
		List<PersonData> rows = validPersons(4);
		ImportOutcome outcome = imports.importPersons(new ByteArrayInputStream(PersonWorkbooks.persons(sheet, rows)));
		assertThat(outcome.problems()).isEmpty();
		assertThat(outcome.written()).isEqualTo(4);
		Long id = persons.idsByIdNumber(List.of(rows.get(0).idNumber())).get(rows.get(0).idNumber());
		assertThat(persons.find(id).orElseThrow().data().tags()).isEqualTo(rows.get(0).tags());
	}

	@Test
	void importWritesNothingWhenOneRowIsBad() throws Exception {
		List<PersonData> rows = validPersons(5);
		PersonData bad = rows.get(3);
		rows.set(3, new PersonData(bad.name(), bad.gender(), bad.ethnicity(), bad.birthDate(), bad.idNumber(), "12345",
				bad.education(), bad.householdDivisionCode(), bad.organizationId(), bad.joinedPartyOn(), bad.partyStatus(),
				bad.cadreRank(), bad.workplace(), bad.departmentKind(), bad.tags()));
		ImportOutcome outcome = imports.importPersons(new ByteArrayInputStream(PersonWorkbooks.persons(sheet, rows)));
		assertThat(outcome.written()).isZero();
		assertThat(outcome.problems()).containsExactly(new ImportProblem(6, "手机号", "手机号应为 11 位，以 1 开头"));
		assertThat(persons.idsByIdNumber(rows.stream().map(PersonData::idNumber).toList())).isEmpty();
	}

	@Test
	void reportsEveryBadRowWithRowColumnAndReason() throws Exception {
		List<PersonData> rows = validPersons(6);
		PersonData checkDigit = rows.get(0);
		String id = checkDigit.idNumber();
		rows.set(0, withId(checkDigit, id.substring(0, 17) + (id.charAt(17) == '1' ? '2' : '1')));
		PersonData village = rows.get(2);
		rows.set(2, new PersonData(village.name(), village.gender(), village.ethnicity(), village.birthDate(),
				village.idNumber(), village.mobile(), village.education(), "350424100", village.organizationId(),
				village.joinedPartyOn(), village.partyStatus(), village.cadreRank(), village.workplace(),
				village.departmentKind(), village.tags()));
		PersonData twin = rows.get(1);
		rows.set(4, new PersonData(twin.name() + "乙", twin.gender(), twin.ethnicity(), twin.birthDate(), twin.idNumber(),
				twin.mobile(), twin.education(), twin.householdDivisionCode(), twin.organizationId(), twin.joinedPartyOn(),
				twin.partyStatus(), twin.cadreRank(), twin.workplace(), twin.departmentKind(), twin.tags()));
		ImportOutcome outcome = imports.importPersons(new ByteArrayInputStream(PersonWorkbooks.persons(sheet, rows)));
		assertThat(outcome.problems()).extracting(ImportProblem::row, ImportProblem::column)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(3, "居民身份证号"),
					org.assertj.core.groups.Tuple.tuple(5, "户籍区划代码"),
					org.assertj.core.groups.Tuple.tuple(7, "居民身份证号"));
		assertThat(outcome.problems().get(0).reason()).isEqualTo("身份证号校验位不对，请核对");
		assertThat(outcome.problems().get(2).reason()).isEqualTo("与第 4 行的身份证号重复");
	}

	@Test
	void refusesAnIdNumberAlreadyInTheDatabase() throws Exception {
		List<PersonData> rows = validPersons(2);
		data.register(rows.get(1));
		ImportOutcome outcome = imports.importPersons(new ByteArrayInputStream(PersonWorkbooks.persons(sheet, rows)));
		assertThat(outcome.problems()).singleElement().satisfies(p -> {
			assertThat(p.row()).isEqualTo(4);
			assertThat(p.reason()).startsWith("该身份证号已登记");
		});
	}

	@Test
	void importsAHouseholdOfPersonsAlreadyRegistered() throws Exception {
		List<PersonData> family = validPersons(3);
		imports.importPersons(new ByteArrayInputStream(PersonWorkbooks.persons(sheet, family)));
		String number = PeopleTestData.uniqueName("HH");
		byte[] file = PersonWorkbooks.workbook(householdSheet.columns(), List.of(
				List.of(number, data.village(), family.get(0).idNumber(), "户主", "已脱贫", 2019),
				List.of(number, data.village(), family.get(1).idNumber(), "配偶", "已脱贫", 2019),
				List.of(number, data.village(), family.get(2).idNumber(), "子女", "已脱贫", 2019)));
		ImportOutcome outcome = imports.importHouseholds(new ByteArrayInputStream(file));
		assertThat(outcome.problems()).isEmpty();
		Long head = persons.idsByIdNumber(List.of(family.get(0).idNumber())).values().iterator().next();
		HouseholdView household = households.ofPerson(head).orElseThrow();
		assertThat(household.householdNumber()).isEqualTo(number);
		assertThat(household.size()).isEqualTo(3);
		assertThat(household.exitYear()).isEqualTo(2019);
	}

	@Test
	void refusesAHouseholdWithoutAHeadOrWithAStrangerOrABadExitYear() throws Exception {
		List<PersonData> family = validPersons(2);
		imports.importPersons(new ByteArrayInputStream(PersonWorkbooks.persons(sheet, family)));
		String a = PeopleTestData.uniqueName("HA");
		String b = PeopleTestData.uniqueName("HB");
		byte[] file = PersonWorkbooks.workbook(householdSheet.columns(), List.of(
				List.of(a, data.village(), family.get(0).idNumber(), "配偶", "未脱贫"),
				List.of(b, data.village(), family.get(1).idNumber(), "户主", "已脱贫", 2013),
				List.of(b, data.village(), PersonFixtures.freshIdNumber(java.time.LocalDate.of(1960, 1, 1),
						org.bastion.common.Gender.MALE), "父母", "已脱贫", 2013)));
		ImportOutcome outcome = imports.importHouseholds(new ByteArrayInputStream(file));
		assertThat(outcome.written()).isZero();
		assertThat(outcome.problems()).extracting(ImportProblem::row, ImportProblem::column).containsExactly(
				org.assertj.core.groups.Tuple.tuple(3, "与户主关系"),
				org.assertj.core.groups.Tuple.tuple(5, "居民身份证号"),
				org.assertj.core.groups.Tuple.tuple(4, "脱贫年份"));
	}

	@Test
	void theExportMasksIdNumbersAndPhones() throws Exception {
		List<PersonData> rows = validPersons(2);
		imports.importPersons(new ByteArrayInputStream(PersonWorkbooks.persons(sheet, rows)));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		int written = exports.exportPersons(new PersonQuery(rows.get(1).name(), null, null, null, null, null, null), out);
		assertThat(written).isEqualTo(1);
		String xml = cellTexts(out.toByteArray());
		assertThat(xml).doesNotContain(rows.get(1).idNumber()).doesNotContain(rows.get(1).mobile())
			.contains(org.bastion.common.ChineseIdNumber.mask(rows.get(1).idNumber()));
	}

	/** Every cell's text, for checking what an export holds. */
	public static String cellTexts(byte[] xlsx) throws Exception {
		StringBuilder text = new StringBuilder();
		org.apache.poi.ss.usermodel.DataFormatter formatter = new org.apache.poi.ss.usermodel.DataFormatter();
		try (org.apache.poi.xssf.usermodel.XSSFWorkbook workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
				new ByteArrayInputStream(xlsx))) {
			workbook.getSheetAt(0).forEach(row -> row.forEach(cell -> text.append(formatter.formatCellValue(cell)).append('\t')));
		}
		return text.toString();
	}

	private static PersonData withId(PersonData p, String idNumber) {
		return new PersonData(p.name(), p.gender(), p.ethnicity(), p.birthDate(), idNumber, p.mobile(), p.education(),
				p.householdDivisionCode(), p.organizationId(), p.joinedPartyOn(), p.partyStatus(), p.cadreRank(),
				p.workplace(), p.departmentKind(), Set.copyOf(p.tags()));
	}
}

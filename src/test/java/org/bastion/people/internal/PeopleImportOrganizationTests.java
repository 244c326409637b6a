package org.bastion.people.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.bastion.IntegrationTest;
import org.bastion.common.excel.ImportProblem;
import org.bastion.organization.NewOrganization;
import org.bastion.organization.OrganizationKind;
import org.bastion.organization.OrganizationView;
import org.bastion.organization.Organizations;
import org.bastion.people.PeopleTestData;
import org.bastion.people.PersonData;
import org.bastion.people.PersonFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.context.request.RequestContextHolder;

/** The import's 党组织 column takes what a clerk knows: the organization's id, its full name, or its path. */
@IntegrationTest
@org.springframework.security.test.context.support.WithMockUser(username = "admin", authorities = {"person:read", "person:write", "data:import", "organization:read"})
class PeopleImportOrganizationTests {

	static final int ORGANIZATION_CELL = 8;

	@Autowired
	PeopleImports imports;
	@Autowired
	PersonSheet sheet;
	@Autowired
	PersonRepository persons;
	@Autowired
	PeopleTestData data;
	@Autowired
	Organizations organizations;

	String tag;
	OrganizationView east;
	OrganizationView west;
	OrganizationView eastBranch;
	OrganizationView westBranch;

	@BeforeEach
	void twoCommitteesWithABranchOfTheSameName() {
		RequestContextHolder.resetRequestAttributes();
		tag = UUID.randomUUID().toString().substring(0, 8);
		OrganizationView[] made = PeopleTestData.asAdministrator(() -> {
			OrganizationView e = organizations.create(new NewOrganization("东测试党委" + tag, OrganizationKind.TOWNSHIP_COMMITTEE, null, null, null));
			OrganizationView w = organizations.create(new NewOrganization("西测试党委" + tag, OrganizationKind.TOWNSHIP_COMMITTEE, null, null, null));
			OrganizationView eb = organizations.create(new NewOrganization("第一党支部" + tag, OrganizationKind.VILLAGE_BRANCH, null, data.village(), e.id()));
			OrganizationView wb = organizations.create(new NewOrganization("第一党支部" + tag, OrganizationKind.VILLAGE_BRANCH, null, data.village(), w.id()));
			return new OrganizationView[] {e, w, eb, wb};
		});
		east = made[0];
		west = made[1];
		eastBranch = made[2];
		westBranch = made[3];
	}

	ImportOutcome importMembers(List<String> organizationCells) throws Exception {
		List<List<Object>> rows = new ArrayList<>();
		for (String cell : organizationCells) {
			PersonData member = PersonFixtures.member(PeopleTestData.uniqueName("陈"), data.village(), east.id());
			List<Object> row = PersonWorkbooks.row(sheet, member);
			row.set(ORGANIZATION_CELL, cell);
			rows.add(row);
		}
		return imports.importPersons(new ByteArrayInputStream(PersonWorkbooks.workbook(sheet.columns(), rows)));
	}

	@Test
	void aFullNameAPathAndAnIdAreEachRead() throws Exception {
		ImportOutcome outcome = importMembers(List.of(east.name(), west.name() + "/" + westBranch.name(),
				" " + east.name() + " / " + eastBranch.name() + " ", String.valueOf(west.id())));
		assertThat(outcome.problems()).isEmpty();
		assertThat(outcome.written()).isEqualTo(4);
	}

	@Test
	void aNameTwoOrganizationsShareIsRefusedWithTheirPathsAndAnUnknownOneSaysSo() throws Exception {
		ImportOutcome outcome = importMembers(List.of(eastBranch.name(), "没有这个党组织" + tag));
		assertThat(outcome.written()).isZero();
		assertThat(outcome.problems()).extracting(ImportProblem::row, ImportProblem::column)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(3, "党组织"), org.assertj.core.groups.Tuple.tuple(4, "党组织"));
		assertThat(outcome.problems().get(0).reason()).startsWith("有 2 个党组织名为“第一党支部" + tag + "”，请写明路径")
			.contains(east.name() + "/" + eastBranch.name()).contains(west.name() + "/" + westBranch.name());
		assertThat(outcome.problems().get(1).reason()).startsWith("找不到党组织“没有这个党组织" + tag + "”");
	}
}

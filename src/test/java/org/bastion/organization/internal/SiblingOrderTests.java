package org.bastion.organization.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.bastion.organization.DepartmentKind;
import org.bastion.organization.OrganizationKind;
import org.bastion.organization.OrganizationView;
import org.junit.jupiter.api.Test;

class SiblingOrderTests {

	static long ids;

	static OrganizationView org(String name, OrganizationKind kind, DepartmentKind department, String division) {
		return new OrganizationView(++ids, name, kind, department, division, 1L, 1, false);
	}

	@Test
	void chineseNumeralsAreReadAsNumbers() {
		List<String> names = List.of("第十一党支部", "第三党支部", "第二党支部", "第一党支部", "第十党支部", "第二十党支部", "第12党支部");
		assertThat(names.stream().sorted(NaturalNames.ORDER).toList())
			.containsExactly("第一党支部", "第二党支部", "第三党支部", "第十党支部", "第十一党支部", "第12党支部", "第二十党支部");
		assertThat(NaturalNames.value("一百零五")).isEqualTo(105);
		assertThat(NaturalNames.value("一〇五")).isEqualTo(105);
	}

	@Test
	void townshipCommitteesComeFirstByDivisionCodeThenOrganBranchesByDepartmentKind() {
		OrganizationView zhongsha = org("中共宁化县中沙乡委员会", OrganizationKind.TOWNSHIP_COMMITTEE, null, "350424206");
		OrganizationView cuijiang = org("中共宁化县翠江镇委员会", OrganizationKind.TOWNSHIP_COMMITTEE, null, "350424100");
		OrganizationView economic = org("县发改局党支部", OrganizationKind.ORGAN_BRANCH, DepartmentKind.ECONOMIC, null);
		OrganizationView party = org("县委办党支部", OrganizationKind.ORGAN_BRANCH, DepartmentKind.PARTY_AND_MASS, null);
		OrganizationView enterprise = org("某公司党支部", OrganizationKind.NON_PUBLIC_ENTERPRISE, null, null);
		List<SiblingOrder.Group> groups = SiblingOrder.group(List.of(enterprise, economic, zhongsha, party, cuijiang), Map.of());
		assertThat(groups).extracting(SiblingOrder.Group::key).containsExactly("organization.group.TOWNSHIP_COMMITTEE",
				"organization.group.ORGAN_BRANCH.PARTY_AND_MASS", "organization.group.ORGAN_BRANCH.ECONOMIC",
				"organization.group.NON_PUBLIC_ENTERPRISE");
		assertThat(groups.get(0).members()).containsExactly(cuijiang, zhongsha);
	}

	@Test
	void anExplicitSortOrderComesBeforeTheDefault() {
		OrganizationView a = org("第一党支部", OrganizationKind.ORGAN_BRANCH, DepartmentKind.ECONOMIC, null);
		OrganizationView b = org("第二党支部", OrganizationKind.ORGAN_BRANCH, DepartmentKind.ECONOMIC, null);
		assertThat(List.of(a, b).stream().sorted(SiblingOrder.comparator(Map.of(b.id(), 1))).toList()).containsExactly(b, a);
	}
}

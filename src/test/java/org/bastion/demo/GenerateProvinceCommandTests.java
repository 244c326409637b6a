package org.bastion.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.bastion.IntegrationTest;
import org.bastion.organization.OrganizationKind;
import org.bastion.organization.OrganizationView;
import org.bastion.organization.Organizations;
import org.bastion.people.Households;
import org.bastion.people.People;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.context.request.RequestContextHolder;

@IntegrationTest
class GenerateProvinceCommandTests {

	// 大田县, next to Ninghua in Sanming: untouched by the demo data
	private static final String DATIAN = "350425";

	@Autowired
	GenerateProvinceCommand command;
	@Autowired
	Organizations organizations;
	@Autowired
	People people;
	@Autowired
	Households households;

	@BeforeEach
	void asTheSystem() {
		// a command runs outside any request, with an unrestricted data scope
		RequestContextHolder.resetRequestAttributes();
	}

	@Test
	void generatesACountysTreeMembersCadresAndHouseholdsAndRefusesToRunTwice() throws Exception {
		int exit = command.run(List.of("--code", DATIAN, "--members", "300", "--cadres", "120", "--households", "150"));

		assertThat(exit).isZero();
		OrganizationView county = organizations.tiedTo(DATIAN).get(0);
		assertThat(county.kind()).isEqualTo(OrganizationKind.COUNTY_COMMITTEE);
		var kinds = organizations.countDescendantsByKind(county.id());
		assertThat(kinds.get(OrganizationKind.TOWNSHIP_COMMITTEE)).isPositive();
		assertThat(kinds.get(OrganizationKind.ORGAN_BRANCH)).isEqualTo(CountyDepartments.ALL.size());
		assertThat(people.countMembersIn(organizations.subtreeIds(county.id()))).isEqualTo(420);
		assertThat(households.inDivision(DATIAN)).hasSize(150);
		assertThat(command.run(List.of("--code", DATIAN))).isEqualTo(1);
	}
}

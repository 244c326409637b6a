package org.bastion.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.bastion.IntegrationTest;
import org.bastion.organization.OrganizationKind;
import org.bastion.organization.OrganizationView;
import org.bastion.organization.Organizations;
import org.bastion.people.CadreRank;
import org.bastion.people.HouseholdStatus;
import org.bastion.people.HouseholdView;
import org.bastion.people.Households;
import org.bastion.people.People;
import org.bastion.people.PersonView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.context.request.RequestContextHolder;

@IntegrationTest
class NinghuaDemoDataTests {

	@Autowired
	Organizations organizations;
	@Autowired
	People people;
	@Autowired
	Households households;
	@Autowired
	org.bastion.selection.internal.ReserveRounds reserveRounds;
	@Autowired
	org.bastion.pairing.internal.PairingManagement pairings;

	@BeforeEach
	void asTheSystem() {
		// the demo data as the system sees it: outside any request, with an unrestricted data scope
		RequestContextHolder.resetRequestAttributes();
	}

	private OrganizationView county() {
		return organizations.roots().stream().filter(o -> o.name().equals("中共宁化县委员会")).findFirst().orElseThrow();
	}

	@Test
	void theCountyCommitteeHasSixteenTownshipCommitteesAndABranchForEveryVillageLevelCommittee() {
		Map<OrganizationKind, Long> kinds = organizations.countDescendantsByKind(county().id());
		assertThat(kinds.get(OrganizationKind.TOWNSHIP_COMMITTEE)).isEqualTo(16);
		assertThat(kinds.get(OrganizationKind.VILLAGE_BRANCH) + kinds.get(OrganizationKind.VILLAGE_GENERAL_BRANCH)
				+ kinds.get(OrganizationKind.COMMUNITY_GENERAL_BRANCH)).isEqualTo(235);
		assertThat(kinds.get(OrganizationKind.COMPOUND_BRANCH)).isEqualTo(55);
		assertThat(kinds.get(OrganizationKind.ORGAN_BRANCH)).isGreaterThanOrEqualTo(86);
	}

	@Test
	void theElevenUrbanCommunitiesAreTheCountySeatsResidentsCommittees() {
		List<OrganizationView> communities = organizations.subtreeIds(county().id()).stream()
			.map(organizations::get).filter(o -> o.kind() == OrganizationKind.COMMUNITY_GENERAL_BRANCH).toList();
		assertThat(communities).hasSize(11).extracting(OrganizationView::name)
			.contains("中共宁化县南街社区总支部委员会", "中共宁化县城西社区总支部委员会", "中共宁化县北山社区总支部委员会",
					"中共宁化县东山社区总支部委员会", "中共宁化县城南社区总支部委员会");
	}

	@Test
	void theCadresRankQuotasCoverEveryRegisteredPoorHousehold() {
		List<PersonView> cadres = people.cadres();
		assertThat(cadres).hasSizeGreaterThanOrEqualTo(NinghuaDemoData.CADRES);
		int quota = cadres.stream().mapToInt(c -> switch (c.cadreRank()) {
			case DIVISION -> 4;
			case SECTION_CHIEF -> 3;
			case DEPUTY_SECTION_CHIEF -> 2;
			default -> 1;
		}).sum();
		List<HouseholdView> poor = households.inDivision(NinghuaDemoData.NINGHUA);
		assertThat(poor).hasSizeGreaterThanOrEqualTo(NinghuaDemoData.POOR_HOUSEHOLDS);
		assertThat(quota).isGreaterThanOrEqualTo(poor.size());
		assertThat(people.cadres(CadreRank.DIVISION)).hasSizeGreaterThanOrEqualTo(120);
	}

	@Test
	void everyGeneratedHouseholdHasLeftPovertyAsTheArticleReports() {
		assertThat(households.inDivision(NinghuaDemoData.NINGHUA))
			.filteredOn(h -> h.householdNumber() != null && h.householdNumber().length() == 16)
			.hasSize(NinghuaDemoData.POOR_HOUSEHOLDS)
			.allMatch(h -> h.status() == HouseholdStatus.LEFT_POVERTY && h.exitYear() >= 2016 && h.exitYear() <= 2020);
	}

	@Test
	@org.springframework.security.test.context.support.WithMockUser(username = "admin",
			authorities = {"selection:read", "pairing:read"})
	void theDemoReserveCadreInThePoolHasAMentorThroughThePairingEngine() {
		long round = reserveRounds.rounds().stream().filter(r -> r.name().equals("2025 年安乐镇村级后备力量选拔")).findFirst()
			.orElseThrow().id();
		List<org.bastion.selection.internal.Reserve.CandidateRow> pooled = reserveRounds.pool().stream()
			.filter(r -> r.candidate().roundId() == round).toList();
		assertThat(pooled).singleElement().satisfies(r -> {
			assertThat(r.mentor()).isNotNull();
			assertThat(pairings.get(r.mentor().pairingId())).satisfies(p -> {
				assertThat(p.kind()).isEqualTo(org.bastion.pairing.PairingKind.RESERVE_MENTOR);
				assertThat(p.status()).isEqualTo(org.bastion.pairing.PairingStatus.ACTIVE);
				assertThat(p.rightId()).isEqualTo(r.candidate().personId());
			});
		});
	}
}

package org.bastion.pairing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.bastion.pairing.PairingKind;
import org.bastion.people.CadreRank;
import org.junit.jupiter.api.Test;

class PairingRulesTests {

	final PairingProperties properties = new PairingProperties();
	final PairingRules rules = new PairingRules(properties);

	@Test
	void aCadresNPlusOneQuotaFollowsTheRankFourThreeTwoOne() {
		assertThat(rules.quota(PairingKind.N_PLUS_ONE, CadreRank.DIVISION)).isEqualTo(4);
		assertThat(rules.quota(PairingKind.N_PLUS_ONE, CadreRank.SECTION_CHIEF)).isEqualTo(3);
		assertThat(rules.quota(PairingKind.N_PLUS_ONE, CadreRank.DEPUTY_SECTION_CHIEF)).isEqualTo(2);
		assertThat(rules.quota(PairingKind.N_PLUS_ONE, CadreRank.GENERAL_CADRE)).isEqualTo(1);
		assertThat(rules.quota(PairingKind.N_PLUS_ONE, null)).isZero();
	}

	@Test
	void theCountyMayChangeTheQuotasByConfiguration() {
		properties.setRankQuota(Map.of(CadreRank.GENERAL_CADRE, 2));
		properties.setQuota(Map.of(PairingKind.ONE_PLUS_N, 5));
		assertThat(rules.quota(PairingKind.N_PLUS_ONE, CadreRank.GENERAL_CADRE)).isEqualTo(2);
		assertThat(rules.quota(PairingKind.ONE_PLUS_N, null)).isEqualTo(5);
		assertThat(rules.quota(PairingKind.RESERVE_MENTOR, null)).as("exactly one each").isEqualTo(1);
	}

	@Test
	void partyAndMassOrgansSuitWeakVillagesEconomicDepartmentsPoorOnesAgricultureIndustryOnes() {
		assertThat(rules.mismatch(PairingKind.BRANCH_VILLAGE, "PARTY_AND_MASS", "WEAK")).isZero();
		assertThat(rules.mismatch(PairingKind.BRANCH_VILLAGE, "ECONOMIC", "POOR")).isZero();
		assertThat(rules.mismatch(PairingKind.BRANCH_VILLAGE, "AGRICULTURE", "INDUSTRY")).isZero();
		assertThat(rules.mismatch(PairingKind.BRANCH_VILLAGE, "ECONOMIC", "WEAK")).isEqualTo(properties.getMismatchCost());
		assertThat(rules.mismatch(PairingKind.FIRST_SECRETARY, "AGRICULTURE", "LAGGING")).isZero();
		assertThat(rules.mismatch(PairingKind.FIRST_SECRETARY, "ECONOMIC", "CONFLICT")).isEqualTo(properties.getMismatchCost());
		assertThat(rules.mismatch(PairingKind.N_PLUS_ONE, "ECONOMIC", null)).as("N+1 has no principle").isZero();
	}

	@Test
	void aVillageMayHaveTwoHelpingBranchesWhileAHouseholdASecretaryVillageAReserveCadreAndAnEnterpriseHaveOne() {
		assertThat(rules.rightCapacity(PairingKind.BRANCH_VILLAGE)).isEqualTo(2);
		assertThat(rules.rightCapacity(PairingKind.JOINT_BUILDING)).isEqualTo(1);
		assertThat(rules.rightCapacity(PairingKind.N_PLUS_ONE)).isEqualTo(1);
		assertThat(rules.rightCapacity(PairingKind.FIRST_SECRETARY)).isEqualTo(1);
		assertThat(rules.rightCapacity(PairingKind.RESERVE_MENTOR)).isEqualTo(1);
		assertThat(rules.rightCapacity(PairingKind.ENTERPRISE_INSTRUCTOR)).isEqualTo(1);
	}

	@Test
	void onlyBranchVillageAndJointBuildingCapacitiesAreConfigurable() {
		properties.setRightCapacity(Map.of(PairingKind.BRANCH_VILLAGE, 3, PairingKind.JOINT_BUILDING, 2, PairingKind.N_PLUS_ONE, 4));
		assertThat(rules.rightCapacity(PairingKind.BRANCH_VILLAGE)).isEqualTo(3);
		assertThat(rules.rightCapacity(PairingKind.JOINT_BUILDING)).isEqualTo(2);
		assertThat(rules.rightCapacity(PairingKind.N_PLUS_ONE)).isEqualTo(1);
	}
}

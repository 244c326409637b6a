package org.bastion.pairing.internal;

import org.bastion.pairing.VillageNeed;
import java.util.Set;

import org.bastion.organization.DepartmentKind;
import org.bastion.pairing.PairingKind;
import org.bastion.people.CadreRank;

/**
 * The hard rules and the principle of each kind (宁化县 programs 2 and 4–9): quotas per left side,
 * how many live pairings one right side may have, and which left sides suit which right sides.
 */
public final class PairingRules {

	private final PairingProperties properties;

	public PairingRules(PairingProperties properties) {
		this.properties = properties;
	}

	/**
	 * How many right sides this left side may take in the kind; {@code rank} matters only for N+1,
	 * where a person without a rank may take none.
	 */
	public int quota(PairingKind kind, CadreRank rank) {
		return switch (kind.quota()) {
			case BY_CADRE_RANK -> rank == null ? 0 : properties.getRankQuota().getOrDefault(rank, 0);
			case CONFIGURED -> properties.getQuota().getOrDefault(kind, 1);
			case ONE -> 1;
		};
	}

	/**
	 * How many live pairings of the kind one right side may have: configured (at least one) for
	 * branch–village and joint building, exactly one for the others.
	 */
	public int rightCapacity(PairingKind kind) {
		return switch (kind.helped()) {
			case CONFIGURED -> Math.max(1, properties.getRightCapacity().getOrDefault(kind, 1));
			case ONE, BY_CADRE_RANK -> 1;
		};
	}

	/**
	 * The principle's mismatch: 党群机关帮弱村、经济部门帮穷村、涉农部门帮产业村; first secretaries: lagging
	 * villages get economic or agriculture cadres, villages with conflicts get political-legal or
	 * Party-and-mass cadres. Other kinds have no principle (0).
	 */
	public int mismatch(PairingKind kind, String leftAttribute, String rightAttribute) {
		if (rightAttribute == null || (kind != PairingKind.BRANCH_VILLAGE && kind != PairingKind.FIRST_SECRETARY)) {
			return 0;
		}
		return suits(kind, leftAttribute, VillageNeed.valueOf(rightAttribute)) ? 0 : properties.getMismatchCost();
	}

	static boolean suits(PairingKind kind, String department, VillageNeed need) {
		DepartmentKind d = department == null ? null : DepartmentKind.valueOf(department);
		Set<DepartmentKind> fit = switch (need) {
			case WEAK -> Set.of(DepartmentKind.PARTY_AND_MASS);
			case POOR -> Set.of(DepartmentKind.ECONOMIC);
			case INDUSTRY -> Set.of(DepartmentKind.AGRICULTURE);
			case LAGGING -> Set.of(DepartmentKind.ECONOMIC, DepartmentKind.AGRICULTURE);
			case CONFLICT -> Set.of(DepartmentKind.POLITICAL_LEGAL, DepartmentKind.PARTY_AND_MASS);
		};
		return d != null && fit.contains(d);
	}

	public CostModel costModel(PairingKind kind) {
		return new CostModel(properties.getSameCountyCost(), properties.getOtherCountyCost(), properties.getBalanceStep(),
				properties.getKeepBonus(), (a, b) -> mismatch(kind, a, b),
				kind == PairingKind.BRANCH_VILLAGE || kind == PairingKind.FIRST_SECRETARY, properties.getHelperStep());
	}
}

package org.bastion.pairing.internal;

import java.util.EnumMap;
import java.util.Map;

import org.bastion.pairing.PairingKind;
import org.bastion.people.CadreRank;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The county's pairing rules and cost weights ({@code bastion.pairing.*}): the N+1 quota by rank,
 * the configured quotas of the other kinds, how many helpers a right side may have, and the solver's cost points.
 */
@ConfigurationProperties("bastion.pairing")
public class PairingProperties {

	/** N+1 (党员结穷亲): households per cadre by rank. */
	private Map<CadreRank, Integer> rankQuota = new EnumMap<>(Map.of(CadreRank.BUREAU, 4, CadreRank.DIVISION, 4,
			CadreRank.SECTION_CHIEF, 3, CadreRank.DEPUTY_SECTION_CHIEF, 2, CadreRank.GENERAL_CADRE, 1));

	/** For kinds whose quota is configured: how many right sides one left side may take. */
	private Map<PairingKind, Integer> quota = new EnumMap<>(Map.of(PairingKind.BRANCH_VILLAGE, 1, PairingKind.MENTOR, 2,
			PairingKind.JOINT_BUILDING, 2, PairingKind.MEMBER_LINK, 2, PairingKind.ONE_PLUS_N, 2));

	/**
	 * For kinds whose helped side may take several ({@code PairingKind.helped() == CONFIGURED}): how
	 * many live pairings of the kind one right side may have. 支部帮村: 86 organ branches help 70
	 * villages, so a village may have two helping branches; 联建: one unless configured.
	 */
	private Map<PairingKind, Integer> rightCapacity = new EnumMap<>(Map.of(PairingKind.BRANCH_VILLAGE, 2,
			PairingKind.JOINT_BUILDING, 1));

	/** Extra cost of each further helper of one right side (convex sharing). */
	private int helperStep = 5;

	/** Cost points of a pair outside its township but in its county. */
	private int sameCountyCost = 10;
	/** Cost points of a pair across counties. */
	private int otherCountyCost = 40;
	/** Cost points of a mismatch with the kind's principle. */
	private int mismatchCost = 30;
	/** Extra cost of each further pair of one left side (convex workload). */
	private int balanceStep = 2;
	/** Bonus for keeping an existing pair. */
	private int keepBonus = 15;

	public Map<CadreRank, Integer> getRankQuota() {
		return rankQuota;
	}

	public void setRankQuota(Map<CadreRank, Integer> rankQuota) {
		this.rankQuota = new EnumMap<>(rankQuota);
	}

	public Map<PairingKind, Integer> getQuota() {
		return quota;
	}

	public void setQuota(Map<PairingKind, Integer> quota) {
		this.quota = new EnumMap<>(quota);
	}

	public Map<PairingKind, Integer> getRightCapacity() {
		return rightCapacity;
	}

	public void setRightCapacity(Map<PairingKind, Integer> rightCapacity) {
		this.rightCapacity = new EnumMap<>(rightCapacity);
	}

	public int getHelperStep() {
		return helperStep;
	}

	public void setHelperStep(int helperStep) {
		this.helperStep = helperStep;
	}

	public int getSameCountyCost() {
		return sameCountyCost;
	}

	public void setSameCountyCost(int sameCountyCost) {
		this.sameCountyCost = sameCountyCost;
	}

	public int getOtherCountyCost() {
		return otherCountyCost;
	}

	public void setOtherCountyCost(int otherCountyCost) {
		this.otherCountyCost = otherCountyCost;
	}

	public int getMismatchCost() {
		return mismatchCost;
	}

	public void setMismatchCost(int mismatchCost) {
		this.mismatchCost = mismatchCost;
	}

	public int getBalanceStep() {
		return balanceStep;
	}

	public void setBalanceStep(int balanceStep) {
		this.balanceStep = balanceStep;
	}

	public int getKeepBonus() {
		return keepBonus;
	}

	public void setKeepBonus(int keepBonus) {
		this.keepBonus = keepBonus;
	}
}

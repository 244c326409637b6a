package org.bastion.people;

/** Whether a registered poor household is still in poverty. */
public enum HouseholdStatus {
	/** 未脱贫 */
	IN_POVERTY,
	/** 已脱贫, with the year it left */
	LEFT_POVERTY
}

package org.bastion.pairing;

/** What a village needs from its helpers (the principle of branch–village and first-secretary pairing). */
public enum VillageNeed {
	/** 贫困村 */
	POOR,
	/** 软弱涣散村 */
	WEAK,
	/** 产业村 */
	INDUSTRY,
	/** 经济发展滞后村 */
	LAGGING,
	/** 矛盾突出村 */
	CONFLICT
}

package org.bastion.people;

/** A cadre's rank (职级), from highest to lowest. */
public enum CadreRank {
	/** 厅级 */
	BUREAU,
	/** 处级 */
	DIVISION,
	/** 正科 */
	SECTION_CHIEF,
	/** 副科 */
	DEPUTY_SECTION_CHIEF,
	/** 一般干部 */
	GENERAL_CADRE
}

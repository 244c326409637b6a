package org.bastion.people;

/** The roles the programs look people up by; a person may carry several. */
public enum PersonTag {
	/** 后备力量 */
	RESERVE_CADRE,
	/** 导师 */
	MENTOR,
	/** 人才 */
	TALENT,
	/** 楼栋长 */
	BUILDING_HEAD,
	/** 第一书记 */
	FIRST_SECRETARY,
	/** 指导员 */
	INSTRUCTOR,
	/** 村两委干部 */
	VILLAGE_CADRE,
	/** 网格员 */
	GRID_WORKER
}

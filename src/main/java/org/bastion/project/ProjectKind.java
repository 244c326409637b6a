package org.bastion.project;

/** What a project is (项目类别). */
public enum ProjectKind {
	/** 帮扶项目: brought to a village by a pairing. */
	ASSISTANCE,
	/** 新成立专业合作社: a professional cooperative founded, registered as the project that founded it. */
	COOPERATIVE,
	/** 产业项目 */
	INDUSTRY,
	/** 导师帮带项目 */
	MENTEE,
	/** 惠民工程 */
	COMMUNITY_BENEFIT,
	/** 道路、亮灯工程 */
	ROAD_LIGHTING
}

package org.bastion.project;

/** Where a project stands (项目状态). */
public enum ProjectStatus {
	/** 计划中 */
	PLANNED,
	/** 实施中 */
	UNDER_WAY,
	/** 已完成 */
	COMPLETED,
	/** 已取消: never counted as landed. */
	CANCELLED;

	/** Whether the project has landed (落地): under way or completed. */
	public boolean landed() {
		return this == UNDER_WAY || this == COMPLETED;
	}
}

package org.bastion.platform;

/** The sections of the left menu, in the order shown; each names its heading's message key. */
public enum MenuSection {

	/** 基础数据 */
	BASICS("menu.group.basics"),
	/** 工作项目 */
	PROGRAMS("menu.group.programs"),
	/** 系统设置 */
	SETTINGS("menu.group.settings"),
	/** 系统集成 */
	INTEGRATION("menu.group.integration");

	private final String headingKey;

	MenuSection(String headingKey) {
		this.headingKey = headingKey;
	}

	public String headingKey() {
		return headingKey;
	}
}

package org.bastion.platform.web;

import java.util.List;

import org.bastion.platform.MenuContribution;
import org.bastion.platform.MenuEntry;
import org.bastion.platform.MenuSection;
import org.springframework.stereotype.Component;

/** 我的后台任务: every signed-in user's own long work. */
@Component
class WorkMenu implements MenuContribution {

	@Override
	public List<MenuEntry> menuEntries() {
		return List.of(MenuEntry.signedIn(MenuSection.SETTINGS, 90, "/work", "menu.work"));
	}
}

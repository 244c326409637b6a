package org.bastion.home;

import java.util.List;

import org.bastion.platform.MenuContribution;
import org.bastion.platform.MenuEntry;
import org.bastion.platform.MenuSection;
import org.springframework.stereotype.Component;

/** The home page's menu entry (首页). */
@Component
class HomeMenu implements MenuContribution {

	@Override
	public List<MenuEntry> menuEntries() {
		return List.of(MenuEntry.everyone(MenuSection.BASICS, 0, "/", "menu.home"));
	}
}

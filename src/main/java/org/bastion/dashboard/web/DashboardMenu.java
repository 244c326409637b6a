package org.bastion.dashboard.web;

import java.util.List;

import org.bastion.common.security.Authorities;
import org.bastion.platform.MenuContribution;
import org.bastion.platform.MenuEntry;
import org.bastion.platform.MenuSection;
import org.springframework.stereotype.Component;

/** The dashboard's menu entries: the wall (数据大屏) and the work report (工作简报), first among the programs. */
@Component
class DashboardMenu implements MenuContribution {

	@Override
	public List<MenuEntry> menuEntries() {
		return List.of(
				MenuEntry.of(MenuSection.PROGRAMS, 1, "/dashboard/wall", "menu.dashboard.wall", Authorities.INDICATOR_READ),
				MenuEntry.of(MenuSection.PROGRAMS, 2, "/reports/work", "menu.dashboard.report", Authorities.INDICATOR_READ));
	}
}

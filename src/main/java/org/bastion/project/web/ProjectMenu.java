package org.bastion.project.web;

import java.util.List;

import org.bastion.common.security.Authorities;
import org.bastion.platform.MenuContribution;
import org.bastion.platform.MenuEntry;
import org.bastion.platform.MenuSection;
import org.springframework.stereotype.Component;

/** The project registry's menu entry (项目登记). */
@Component
class ProjectMenu implements MenuContribution {

	@Override
	public List<MenuEntry> menuEntries() {
		return List.of(MenuEntry.of(MenuSection.PROGRAMS, 30, "/projects", "menu.projects", Authorities.PROJECT_READ));
	}
}

package org.bastion.selection.web;

import java.util.List;

import org.bastion.common.security.Authorities;
import org.bastion.platform.MenuContribution;
import org.bastion.platform.MenuEntry;
import org.bastion.platform.MenuSection;
import org.springframework.stereotype.Component;

/** The reserve cadres' menu entry and the public notices, which everyone may read. */
@Component
class SelectionMenu implements MenuContribution {

	@Override
	public List<MenuEntry> menuEntries() {
		return List.of(MenuEntry.of(MenuSection.PROGRAMS, 20, "/reserve", "selection.menu", Authorities.SELECTION_READ),
				MenuEntry.everyone(MenuSection.PROGRAMS, 90, "/public/notices", "selection.public.title"));
	}
}

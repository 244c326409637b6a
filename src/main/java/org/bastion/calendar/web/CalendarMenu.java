package org.bastion.calendar.web;

import java.util.List;

import org.bastion.platform.MenuContribution;
import org.bastion.platform.MenuEntry;
import org.bastion.platform.MenuSection;
import org.springframework.stereotype.Component;

/** The working calendar's menu entry: every signed-in user reads it. */
@Component
class CalendarMenu implements MenuContribution {

	@Override
	public List<MenuEntry> menuEntries() {
		return List.of(MenuEntry.signedIn(MenuSection.SETTINGS, 10, "/calendar", "menu.calendar"));
	}
}

package org.bastion.people.web;

import java.util.List;

import org.bastion.common.security.Authorities;
import org.bastion.platform.MenuContribution;
import org.bastion.platform.MenuEntry;
import org.bastion.platform.MenuSection;
import org.springframework.stereotype.Component;

/** The people module's menu entries: persons, households, imports and exports. */
@Component
class PeopleMenu implements MenuContribution {

	@Override
	public List<MenuEntry> menuEntries() {
		return List.of(MenuEntry.of(MenuSection.BASICS, 20, "/people", "menu.people", Authorities.PERSON_READ),
				MenuEntry.of(MenuSection.BASICS, 30, "/households", "menu.households", Authorities.HOUSEHOLD_READ),
				MenuEntry.of(MenuSection.BASICS, 50, "/imports", "menu.imports", Authorities.IMPORT));
	}
}

package org.bastion.geography.web;

import java.util.List;

import org.bastion.common.security.Authorities;
import org.bastion.platform.MenuContribution;
import org.bastion.platform.MenuEntry;
import org.bastion.platform.MenuSection;
import org.springframework.stereotype.Component;

/** The divisions' menu entry (行政区划). */
@Component
class DivisionMenu implements MenuContribution {

	@Override
	public List<MenuEntry> menuEntries() {
		return List.of(MenuEntry.of(MenuSection.BASICS, 40, "/divisions", "menu.divisions", Authorities.DIVISION_READ));
	}
}

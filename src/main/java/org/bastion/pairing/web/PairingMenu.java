package org.bastion.pairing.web;

import java.util.List;

import org.bastion.common.security.Authorities;
import org.bastion.platform.MenuContribution;
import org.bastion.platform.MenuEntry;
import org.bastion.platform.MenuSection;
import org.springframework.stereotype.Component;

/** The pairing module's menu entry (结对帮扶). */
@Component
class PairingMenu implements MenuContribution {

	@Override
	public List<MenuEntry> menuEntries() {
		return List.of(MenuEntry.of(MenuSection.PROGRAMS, 10, "/pairings", "menu.pairings", Authorities.PAIRING_READ));
	}
}

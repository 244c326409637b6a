package org.bastion.funds.web;

import java.util.List;

import org.bastion.common.security.Authorities;
import org.bastion.platform.MenuContribution;
import org.bastion.platform.MenuEntry;
import org.bastion.platform.MenuSection;
import org.springframework.stereotype.Component;

/** The ledger's menu entry (资金台账). */
@Component
class FundMenu implements MenuContribution {

	@Override
	public List<MenuEntry> menuEntries() {
		return List.of(MenuEntry.of(MenuSection.PROGRAMS, 40, "/funds", "menu.funds", Authorities.FUNDS_READ));
	}
}

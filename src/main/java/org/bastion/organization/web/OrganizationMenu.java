package org.bastion.organization.web;

import java.util.List;

import org.bastion.common.security.Authorities;
import org.bastion.platform.MenuContribution;
import org.bastion.platform.MenuEntry;
import org.bastion.platform.MenuSection;
import org.springframework.stereotype.Component;

/** The organization tree's menu entry (党组织). */
@Component
class OrganizationMenu implements MenuContribution {

	@Override
	public List<MenuEntry> menuEntries() {
		return List.of(MenuEntry.of(MenuSection.BASICS, 10, "/organizations", "menu.organizations", Authorities.ORGANIZATION_READ));
	}
}

package org.bastion.access.internal;

import java.util.List;

import org.bastion.common.security.Authorities;
import org.bastion.platform.MenuContribution;
import org.bastion.platform.MenuEntry;
import org.bastion.platform.MenuSection;
import org.springframework.stereotype.Component;

/** User administration, one's own settings and the API documentation. */
@Component
class AccessMenu implements MenuContribution {

	@Override
	public List<MenuEntry> menuEntries() {
		return List.of(MenuEntry.of(MenuSection.SETTINGS, 30, "/admin/users", "menu.users", Authorities.USER_MANAGE, Authorities.ROLE_MANAGE),
				MenuEntry.signedIn(MenuSection.SETTINGS, 40, "/profile", "menu.profile"),
				// the API documentation is for business users, as the security chain has it
				MenuEntry.of(MenuSection.INTEGRATION, 10, "/swagger-ui/index.html", "menu.api", Authorities.ORGANIZATION_READ));
	}
}

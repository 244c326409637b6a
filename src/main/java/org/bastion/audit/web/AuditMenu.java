package org.bastion.audit.web;

import java.util.List;

import org.bastion.common.security.Authorities;
import org.bastion.platform.MenuContribution;
import org.bastion.platform.MenuEntry;
import org.bastion.platform.MenuSection;
import org.springframework.stereotype.Component;

/** The audit trail's menu entry, for the audit administrator. */
@Component
class AuditMenu implements MenuContribution {

	@Override
	public List<MenuEntry> menuEntries() {
		return List.of(MenuEntry.of(MenuSection.SETTINGS, 20, "/audit", "menu.audit", Authorities.AUDIT_READ));
	}
}

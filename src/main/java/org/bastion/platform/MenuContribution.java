package org.bastion.platform;

import java.util.List;

/**
 * A module's entries of the left menu: a bean in the module's web package. The layout renders the
 * entries of all modules that the user may open, in section and order, and marks the current page.
 */
public interface MenuContribution {

	List<MenuEntry> menuEntries();
}

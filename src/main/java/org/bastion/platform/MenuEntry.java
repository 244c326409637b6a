package org.bastion.platform;

import java.util.Set;

/**
 * One item of the left menu that a module contributes: where it sits, where it leads, its label's
 * message key, and who sees it — so no user is shown an entry that would answer 无权操作.
 *
 * @param authorities the entry is shown to a user holding any of these; empty: see {@link #audience}
 */
public record MenuEntry(MenuSection section, int order, String path, String labelKey, Audience audience,
		Set<String> authorities) {

	/** Who sees an entry. */
	public enum Audience {
		/** everyone, signed in or not (public pages) */
		EVERYONE,
		/** every signed-in user */
		SIGNED_IN,
		/** a user holding any of {@link MenuEntry#authorities()} */
		AUTHORIZED
	}

	public MenuEntry {
		authorities = Set.copyOf(authorities);
		if ((audience == Audience.AUTHORIZED) == authorities.isEmpty()) {
			throw new IllegalArgumentException("An entry for authorized users names their authorities, no other does: " + path);
		}
	}

	/** Shown to users holding any of {@code authorities}. */
	public static MenuEntry of(MenuSection section, int order, String path, String labelKey, String... authorities) {
		return new MenuEntry(section, order, path, labelKey, Audience.AUTHORIZED, Set.of(authorities));
	}

	/** Shown to every signed-in user. */
	public static MenuEntry signedIn(MenuSection section, int order, String path, String labelKey) {
		return new MenuEntry(section, order, path, labelKey, Audience.SIGNED_IN, Set.of());
	}

	/** Shown to everyone, also on public pages. */
	public static MenuEntry everyone(MenuSection section, int order, String path, String labelKey) {
		return new MenuEntry(section, order, path, labelKey, Audience.EVERYONE, Set.of());
	}
}

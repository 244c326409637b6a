package org.bastion.access.internal;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who asks the access module for a change: a signed-in user, or the system (start-up, commands) when nobody is signed in. */
final class Caller {

	private Caller() {
	}

	/** The signed-in user's name; null for the system. */
	static String name() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication == null ? null : authentication.getName();
	}

	/** Whether the caller holds the authority; the system holds every one. */
	static boolean has(String authority) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication == null
				|| authentication.getAuthorities().stream().anyMatch(granted -> authority.equals(granted.getAuthority()));
	}
}

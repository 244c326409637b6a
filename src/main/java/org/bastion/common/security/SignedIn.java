package org.bastion.common.security;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The one test of who is signed in on this thread (a request, or long work running as its
 * submitter): an authenticated principal that is not Spring's anonymous one. Nobody signed in holds
 * no authority. Who acts, with name and post, is {@code platform.ActingUsers}; this is its plumbing.
 */
public final class SignedIn {

	private SignedIn() {
	}

	/** The signed-in user's authentication, empty for the public and for the system outside any request. */
	public static Optional<Authentication> authentication() {
		Authentication a = SecurityContextHolder.getContext().getAuthentication();
		return a != null && a.isAuthenticated() && !(a instanceof AnonymousAuthenticationToken) ? Optional.of(a)
				: Optional.empty();
	}

	public static boolean anyone() {
		return authentication().isPresent();
	}

	/** The authorities of the signed-in user; empty when nobody is. */
	public static Set<String> authorities() {
		return authentication().map(a -> a.getAuthorities().stream().map(GrantedAuthority::getAuthority)
			.collect(Collectors.toUnmodifiableSet())).orElse(Set.of());
	}

	/** Whether a signed-in user holds {@code authority}. */
	public static boolean holds(String authority) {
		return authentication().map(a -> a.getAuthorities().stream().anyMatch(g -> authority.equals(g.getAuthority())))
			.orElse(false);
	}
}

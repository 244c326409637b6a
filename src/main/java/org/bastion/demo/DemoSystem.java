package org.bastion.demo;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The demo's writers go through the modules' own checked services, signed in as "system" with just the
 * authorities they need; the caller's security context is back afterwards.
 */
final class DemoSystem {

	private DemoSystem() {
	}

	static void run(Runnable work, String... authorities) {
		SecurityContext previous = SecurityContextHolder.getContext();
		SecurityContext system = SecurityContextHolder.createEmptyContext();
		system.setAuthentication(new UsernamePasswordAuthenticationToken("system", null,
				AuthorityUtils.createAuthorityList(authorities)));
		SecurityContextHolder.setContext(system);
		try {
			work.run();
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}
}

package org.bastion.access.internal;

import java.io.IOException;
import java.util.HashSet;
import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * Checks a signed-in session against its user on every request: a session whose user is gone or
 * disabled, whose security version was raised since the sign-in (roles, scope, a password reset,
 * disabling) or whose authorities no longer match the user's roles is ended at once and sent to
 * the login form. Two small queries per request. Not a bean, so that it runs only in the pages'
 * filter chain (tokens are checked afresh by {@link ApiTokens#authenticate}).
 */
class SessionRecheckFilter extends OncePerRequestFilter {

	private final UserRepository users;
	private final BootstrapAdmin bootstrap;

	SessionRecheckFilter(UserRepository users, BootstrapAdmin bootstrap) {
		this.users = users;
		this.bootstrap = bootstrap;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getDetails() instanceof PasswordSignInProvider.SignInDetails details
				&& !bootstrap.is(authentication.getName()) && !current(authentication, details)) {
			SecurityContextHolder.clearContext();
			HttpSession session = request.getSession(false);
			if (session != null) {
				session.invalidate();
			}
			String login = request.getContextPath() + "/login?ended";
			if ("true".equals(request.getHeader("HX-Request"))) {
				// htmx would follow a redirect and swap the login form into a fragment
				response.setHeader("HX-Redirect", login);
				return;
			}
			response.sendRedirect(login);
			return;
		}
		chain.doFilter(request, response);
	}

	private boolean current(Authentication authentication, PasswordSignInProvider.SignInDetails details) {
		Optional<UserRepository.Standing> standing = users.standing(authentication.getName());
		if (standing.isEmpty() || !standing.get().enabled() || standing.get().securityVersion() != details.securityVersion()) {
			return false;
		}
		var granted = new HashSet<String>();
		authentication.getAuthorities().forEach(a -> granted.add(a.getAuthority()));
		var held = new HashSet<String>();
		SignIn.authoritiesOf(standing.get().roles()).stream().map(GrantedAuthority::getAuthority).forEach(held::add);
		return granted.equals(held);
	}
}

package org.bastion.access.internal;

import java.io.IOException;

import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * Until a user signed in with an initial password has chosen their own, every page sends them to
 * the change-password page (static files and signing out excepted). Not a bean, so that it runs
 * only in the pages' filter chain.
 */
class PasswordChangeFilter extends OncePerRequestFilter {

	static final String REQUIRED = PasswordChangeFilter.class.getName() + ".required";
	static final String PAGE = "/password";

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		HttpSession session = request.getSession(false);
		if (session != null && Boolean.TRUE.equals(session.getAttribute(REQUIRED)) && !allowed(request)) {
			response.sendRedirect(request.getContextPath() + PAGE);
			return;
		}
		chain.doFilter(request, response);
	}

	private static boolean allowed(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return path.equals(PAGE) || path.equals("/logout") || path.equals("/login") || path.equals("/error")
				|| path.startsWith("/css/") || path.startsWith("/js/") || path.startsWith("/webjars/") || path.equals("/favicon.ico");
	}
}

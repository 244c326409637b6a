package org.bastion.access.internal;

import java.io.IOException;
import java.util.List;

import org.bastion.access.UserView;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code Authorization: Bearer <token>} on an API request: the token's user, with exactly their
 * roles' authorities (their data scope follows from their name); an unknown, revoked or expired
 * token is answered 401 at once. Not a bean, so that it runs only in the API's filter chain and, for
 * the API documentation and the actuator, in the pages' chain.
 */
class BearerTokenFilter extends OncePerRequestFilter {

	private static final String BEARER = "Bearer ";

	private final ApiTokens tokens;
	/** Paths it applies to, as prefixes; empty for every path of its chain. */
	private final List<String> paths;

	BearerTokenFilter(ApiTokens tokens, String... paths) {
		this.tokens = tokens;
		this.paths = List.of(paths);
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return !paths.isEmpty() && paths.stream().noneMatch(path::startsWith);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader("Authorization");
		if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
			chain.doFilter(request, response);
			return;
		}
		UserView user = tokens.authenticate(header.substring(BEARER.length()).strip()).orElse(null);
		if (user == null) {
			response.setStatus(HttpStatus.UNAUTHORIZED.value());
			response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
			response.setContentType("application/problem+json");
			response.setCharacterEncoding("UTF-8");
			response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401,"
					+ "\"detail\":\"The token is unknown, revoked or expired.\"}");
			return;
		}
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user.username(), null, SignIn.authoritiesOf(user)));
		SecurityContextHolder.setContext(context);
		try {
			chain.doFilter(request, response);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}
}

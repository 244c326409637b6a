package org.bastion.access.internal;

import java.io.IOException;
import java.util.List;

import org.bastion.common.security.Authorities;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Two filter chains. {@code /api/**}: stateless, a bearer token on each request (401 without one),
 * no session and so no CSRF token; {@code POST /api/v1/auth/tokens} issues tokens. Everything else:
 * the login form, a session of 30 idle minutes checked against its user on every request, CSRF on
 * every form, a forced change of an initial password; the API documentation for business users and
 * the actuator (but its health) for operators, by session or token. Both send the Content-Security-Policy and the usual headers.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@EnableMethodSecurity
class SecurityConfig {

	static final String CSP = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
			+ "object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

	@Bean
	AuthenticationManager authenticationManager(PasswordSignInProvider provider, AuthenticationEventPublisher events) {
		ProviderManager manager = new ProviderManager(List.of(provider));
		manager.setAuthenticationEventPublisher(events);
		manager.setEraseCredentialsAfterAuthentication(true);
		return manager;
	}

	@Bean
	@Order(1)
	SecurityFilterChain api(HttpSecurity http, ApiTokens tokens) throws Exception {
		http.securityMatcher("/api/**")
			.authorizeHttpRequests(auth -> auth
				.requestMatchers(HttpMethod.POST, "/api/v1/auth/tokens").permitAll()
				.requestMatchers("/api/v1/audit/**").hasAuthority(Authorities.AUDIT_READ)
				.anyRequest().authenticated())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(csrf -> csrf.disable())
			.requestCache(cache -> cache.disable())
			.addFilterBefore(new BearerTokenFilter(tokens), AnonymousAuthenticationFilter.class)
			.exceptionHandling(e -> e.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)))
			.headers(SecurityConfig::headers);
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain web(HttpSecurity http, AuthenticationManager manager, ApiTokens tokens, UserRepository users,
			BootstrapAdmin bootstrap, KnownDevices devices, AccessClock clock) throws Exception {
		http.authenticationManager(manager)
			.authorizeHttpRequests(auth -> auth
				.requestMatchers("/css/**", "/js/**", "/webjars/**", "/favicon.ico", "/favicon.svg", "/login", "/error", "/actuator/health",
						"/actuator/health/**", "/public/**")
				.permitAll()
				// the API's documentation for its users: every business role has organization:read, the separated administrators not
				.requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html")
				.hasAuthority(Authorities.ORGANIZATION_READ)
				.requestMatchers("/actuator/**").hasAuthority(Authorities.OPERATIONS_READ)
				// a second line behind the modules' own guards: the audit trail and user administration
				.requestMatchers("/audit", "/audit/**").hasAuthority(Authorities.AUDIT_READ)
				.requestMatchers("/admin/users", "/admin/users/**").hasAnyAuthority(Authorities.USER_MANAGE, Authorities.ROLE_MANAGE)
				.anyRequest().authenticated())
			.formLogin(form -> form.loginPage("/login")
				.authenticationDetailsSource(PasswordSignInProvider.FormDetails::new)
				.successHandler(successHandler(devices, clock))
				.failureHandler(SecurityConfig::failed)
				.permitAll())
			.logout(logout -> logout.logoutSuccessUrl("/login?logout"))
			// tokens for the documentation and the actuator (a monitoring system), as on the API
			.addFilterBefore(new BearerTokenFilter(tokens, "/v3/api-docs", "/swagger-ui", "/actuator/"), AnonymousAuthenticationFilter.class)
			.addFilterAfter(new SessionRecheckFilter(users, bootstrap), AnonymousAuthenticationFilter.class)
			.addFilterAfter(new PasswordChangeFilter(), SessionRecheckFilter.class)
			.headers(SecurityConfig::headers);
		return http.build();
	}

	private static void headers(
			org.springframework.security.config.annotation.web.configurers.HeadersConfigurer<HttpSecurity> headers) {
		headers.contentSecurityPolicy(csp -> csp.policyDirectives(CSP))
			.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
			.permissionsPolicyHeader(p -> p.policy("camera=(), microphone=(), geolocation=(), payment=()"));
	}

	/**
	 * After sign-in: the browser becomes a known device of the user; then to the change-password page
	 * when the password is an initial one, else where the user was going.
	 */
	private static AuthenticationSuccessHandler successHandler(KnownDevices devices, AccessClock clock) {
		SavedRequestAwareAuthenticationSuccessHandler saved = new SavedRequestAwareAuthenticationSuccessHandler();
		saved.setDefaultTargetUrl("/");
		return (request, response, authentication) -> {
			if (authentication.getDetails() instanceof PasswordSignInProvider.SignInDetails details) {
				response.addHeader(HttpHeaders.SET_COOKIE,
						devices.cookie(authentication.getName(), details.securityVersion(), clock.now()).toString());
			}
			if (authentication.getDetails() instanceof PasswordSignInProvider.SignInDetails details && details.mustChangePassword()) {
				request.getSession().setAttribute(PasswordChangeFilter.REQUIRED, Boolean.TRUE);
				response.sendRedirect(request.getContextPath() + PasswordChangeFilter.PAGE);
				return;
			}
			saved.onAuthenticationSuccess(request, response, authentication);
		};
	}

	/** Back to the form with why: {@code ?error} for a wrong name or password, {@code ?error=locked&minutes=12} etc. */
	private static void failed(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
			throws IOException {
		SignInRefused.Message message = SignInRefused.message(e);
		String target = switch (message.key()) {
			case "access.signIn.locked" -> "/login?error=locked&minutes=" + message.minutes();
			case "access.signIn.throttled" -> "/login?error=throttled&minutes=" + message.minutes();
			case "access.signIn.disabled" -> "/login?error=disabled";
			default -> "/login?error";
		};
		response.sendRedirect(request.getContextPath() + target);
	}
}

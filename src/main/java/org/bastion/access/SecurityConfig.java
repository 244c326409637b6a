package org.bastion.access;

import java.security.SecureRandom;
import java.util.Base64;

import org.bastion.common.security.Authorities;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationEntryPoint;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;

/** Sign-in and the HTTP security headers. Public: static files, health, the OpenAPI document, login. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@EnableMethodSecurity
class SecurityConfig {

	private static final Logger log = LoggerFactory.getLogger(SecurityConfig.class);

	@Bean
	SecurityFilterChain web(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests(auth -> auth
				.requestMatchers("/css/**", "/js/**", "/webjars/**", "/favicon.ico", "/login", "/error",
						"/actuator/health/**", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html", "/public/**")
				.permitAll()
				.anyRequest().authenticated())
			.formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
			.logout(logout -> logout.logoutSuccessUrl("/login?logout"))
			.httpBasic(Customizer.withDefaults())
			// pages send a signed-out visitor to the login form; the API answers 401
			.exceptionHandling(e -> e
				.defaultAuthenticationEntryPointFor(new BasicAuthenticationEntryPoint() {
					{
						setRealmName("Bastion");
					}
				}, PathPatternRequestMatcher.withDefaults().matcher("/api/**"))
				.defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"), AnyRequestMatcher.INSTANCE))
			// the JSON API is called with credentials in each request, not with a session cookie
			.csrf(csrf -> csrf.ignoringRequestMatchers("/api/**"))
			.headers(headers -> headers
				.contentSecurityPolicy(csp -> csp.policyDirectives(
						"default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
								+ "object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'"))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)));
		return http.build();
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	/**
	 * One administrator, {@code admin}, whose password comes from {@code BASTION_ADMIN_PASSWORD}; with
	 * none set a random one is made and printed once, so no installation ever has a known password.
	 */
	@Bean
	UserDetailsService users(PasswordEncoder encoder, @Value("${bastion.admin-password:}") String configured) {
		String password = configured;
		if (password.isBlank()) {
			byte[] bytes = new byte[12];
			new SecureRandom().nextBytes(bytes);
			password = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
			log.warn("No BASTION_ADMIN_PASSWORD set; sign in as 'admin' with the generated password: {}", password);
		}
		return new InMemoryUserDetailsManager(
				User.withUsername("admin").password(encoder.encode(password)).authorities(Authorities.ALL.toArray(String[]::new)).build());
	}
}

package org.bastion;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Signing in as the demo users (their password in the test profile) through the login form, each
 * sign-in from an address of its own so that the per-address throttle never trips; and acting on the
 * test's thread as such a user, or as the system, for tests that call services directly.
 */
public final class DemoSignIn {

	/** {@code bastion.demo-password} of the test profile. */
	public static final String PASSWORD = "test-Demo-2026";

	private static final AtomicInteger ADDRESSES = new AtomicInteger();

	private DemoSignIn() {
	}

	/** A fresh address for one sign-in (10.200.x.y). */
	public static String address() {
		int n = ADDRESSES.getAndIncrement();
		return "10.200." + (n / 250 % 250) + "." + (1 + n % 250);
	}

	/** A session signed in as the demo user through the login form. */
	public static MockHttpSession session(MockMvc mvc, String username) throws Exception {
		String from = address();
		return (MockHttpSession) mvc.perform(post("/login").param("username", username).param("password", PASSWORD)
				.with(csrf()).with(request -> {
					request.setRemoteAddr(from);
					return request;
				}))
			.andExpect(status().is3xxRedirection()).andReturn().getRequest().getSession();
	}

	/**
	 * Signs in through the form and acts on this thread with the session's authentication, in a request of
	 * its own: services called directly see the user, their data scope and their account.
	 */
	public static void actAs(MockMvc mvc, String username) throws Exception {
		MockHttpSession session = session(mvc, username);
		SecurityContextHolder.setContext((SecurityContext) session
			.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY));
		RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));
	}

	/** Acts as the system outside any request (everything in scope) with the given authorities. */
	public static void asSystem(String username, String... authorities) {
		RequestContextHolder.resetRequestAttributes();
		SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, null,
				Arrays.stream(authorities).map(SimpleGrantedAuthority::new).toList()));
	}

	/** Nobody acts on this thread any more. */
	public static void signOut() {
		SecurityContextHolder.clearContext();
		RequestContextHolder.resetRequestAttributes();
	}
}

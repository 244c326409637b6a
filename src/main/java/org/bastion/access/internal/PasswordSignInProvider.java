package org.bastion.access.internal;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

import jakarta.servlet.http.HttpServletRequest;

/** The login form's name and password, checked by {@link SignIn}. */
@Component
class PasswordSignInProvider implements AuthenticationProvider {

	private final SignIn signIn;

	PasswordSignInProvider(SignIn signIn) {
		this.signIn = signIn;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String address = authentication.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : null;
		String device = authentication.getDetails() instanceof FormDetails details ? details.device() : null;
		Object credentials = authentication.getCredentials();
		SignIn.SignedIn user = signIn.check(authentication.getName(), credentials == null ? null : credentials.toString(), address,
				device);
		UsernamePasswordAuthenticationToken result = UsernamePasswordAuthenticationToken.authenticated(user.username(), null,
				user.authorities());
		result.setDetails(new SignInDetails(authentication.getDetails(), user.mustChangePassword(), user.securityVersion()));
		return result;
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

	/**
	 * The request's details, whether the user must change their password before anything else, and
	 * their security version at sign-in, which {@link SessionRecheckFilter} holds the session to.
	 */
	record SignInDetails(Object request, boolean mustChangePassword, int securityVersion) implements java.io.Serializable {
	}

	/** The login form's request details with the browser's known-device cookie. */
	static final class FormDetails extends WebAuthenticationDetails {
		private final String device;

		FormDetails(HttpServletRequest request) {
			super(request);
			this.device = KnownDevices.cookieOf(request);
		}

		String device() {
			return device;
		}
	}
}

package org.bastion.access.internal;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

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
		Object credentials = authentication.getCredentials();
		SignIn.SignedIn user = signIn.check(authentication.getName(), credentials == null ? null : credentials.toString(), address);
		UsernamePasswordAuthenticationToken result = UsernamePasswordAuthenticationToken.authenticated(user.username(), null,
				user.authorities());
		result.setDetails(new SignInDetails(authentication.getDetails(), user.mustChangePassword()));
		return result;
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

	/** The request's details, and whether the user must change their password before anything else. */
	record SignInDetails(Object request, boolean mustChangePassword) implements java.io.Serializable {
	}
}

package org.bastion.access.internal;

import java.net.URI;
import java.security.Principal;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

/** Named API tokens: issued for a name and password, listed and revoked by their owner. */
@RestController
@RequestMapping("/api/v1/auth/tokens")
@Tag(name = "Tokens", description = "接口令牌 — bearer tokens for API clients")
class TokenApiController {

	private final SignIn signIn;
	private final ApiTokens tokens;
	private final AuthenticationEventPublisher events;
	private final MessageSource messages;

	TokenApiController(SignIn signIn, ApiTokens tokens, AuthenticationEventPublisher events, MessageSource messages) {
		this.signIn = signIn;
		this.tokens = tokens;
		this.events = events;
		this.messages = messages;
	}

	record TokenRequest(String username, String password, String name) {
	}

	@PostMapping
	@Operation(summary = "Issue a named token for a name and password; the token is shown only in this answer. "
			+ "Refusals count towards the lockout like the login form's.")
	ResponseEntity<?> issue(@RequestBody TokenRequest body, HttpServletRequest request) {
		UsernamePasswordAuthenticationToken attempt = UsernamePasswordAuthenticationToken.unauthenticated(body.username(), null);
		SignIn.SignedIn user;
		try {
			// a known device (a script run in the owner's browser, or a client that keeps the cookie) passes the lock as on the form
			user = signIn.check(body.username(), body.password(), request.getRemoteAddr(), KnownDevices.cookieOf(request));
		}
		catch (AuthenticationException e) {
			events.publishAuthenticationFailure(e, attempt);
			SignInRefused.Message message = SignInRefused.message(e);
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED,
					messages.getMessage(message.key(), new Object[] {message.minutes()}, LocaleContextHolder.getLocale()));
			problem.setTitle("Unauthorized");
			return ResponseEntity.status(HttpStatus.UNAUTHORIZED).body(problem);
		}
		if (user.mustChangePassword()) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
					messages.getMessage("access.token.changePasswordFirst", null, LocaleContextHolder.getLocale()));
			return ResponseEntity.status(HttpStatus.FORBIDDEN).body(problem);
		}
		events.publishAuthenticationSuccess(UsernamePasswordAuthenticationToken.authenticated(user.username(), null, user.authorities()));
		ApiTokens.IssuedToken issued = tokens.issue(user.username(), body.name(), request.getRemoteAddr());
		return ResponseEntity.created(URI.create("/api/v1/auth/tokens/" + issued.id())).body(issued);
	}

	@GetMapping
	@Operation(summary = "The caller's tokens, without their secret values")
	List<ApiTokens.TokenView> list(Principal principal) {
		return tokens.list(principal.getName());
	}

	@DeleteMapping("/{id}")
	@Operation(summary = "Revoke one of the caller's tokens; it is refused (401) from the next request on")
	ResponseEntity<Void> revoke(Principal principal, @PathVariable long id) {
		tokens.revoke(principal.getName(), id);
		return ResponseEntity.noContent().build();
	}
}

package org.bastion.audit.internal;

import org.bastion.common.audit.AuditEvent;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Records sign-ins, refused sign-ins and sign-outs from Spring Security's events: the name given
 * and the client address, never a password. A refused sign-in has no transaction and is written
 * on its own.
 */
@Component
class SignInAuditor {

	private final AuditRecorder recorder;
	private final RequestOrigin origin;

	SignInAuditor(AuditRecorder recorder, RequestOrigin origin) {
		this.recorder = recorder;
		this.origin = origin;
	}

	@EventListener
	void signedIn(AuthenticationSuccessEvent event) {
		recorder.record(AuditEvent.signedIn(event.getAuthentication().getName(), address(event.getAuthentication())));
	}

	@EventListener
	void refused(AbstractAuthenticationFailureEvent event) {
		recorder.record(AuditEvent.signInFailed(event.getAuthentication().getName(), address(event.getAuthentication()),
				event.getException().getClass().getSimpleName()));
	}

	@EventListener
	void signedOut(LogoutSuccessEvent event) {
		recorder.record(AuditEvent.signedOut(event.getAuthentication().getName(), address(event.getAuthentication())));
	}

	private String address(Authentication authentication) {
		String current = origin.address();
		if (current != null) {
			return current;
		}
		return authentication.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : null;
	}
}

package org.bastion.access.internal;

import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Beans the commands need as well as the web application. */
@Configuration(proxyBeanMethods = false)
class AccessConfiguration {

	/** bcrypt for new hashes; argon2 and others still verify by their {@code {id}} prefix. */
	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	/** Sign-ins and refusals as Spring Security events, which the audit module records; a lock as a locked refusal. */
	@Bean
	DefaultAuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher publisher) {
		DefaultAuthenticationEventPublisher events = new DefaultAuthenticationEventPublisher(publisher);
		events.setAdditionalExceptionMappings(Map.of(SignInRefused.AccountLocked.class, AuthenticationFailureLockedEvent.class,
				SignInRefused.AddressThrottled.class, AuthenticationFailureLockedEvent.class));
		events.setDefaultAuthenticationFailureEvent(AuthenticationFailureBadCredentialsEvent.class);
		return events;
	}
}

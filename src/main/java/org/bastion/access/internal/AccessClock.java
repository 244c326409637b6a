package org.bastion.access.internal;

import java.time.Clock;
import java.time.LocalDateTime;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The time for lockouts, throttling and token expiry: a {@link Clock} bean when the application has
 * one (tests move it), the system clock otherwise.
 */
@Component
class AccessClock {

	private final ObjectProvider<Clock> clock;

	AccessClock(ObjectProvider<Clock> clock) {
		this.clock = clock;
	}

	LocalDateTime now() {
		return LocalDateTime.now(clock.getIfAvailable(Clock::systemDefaultZone));
	}
}

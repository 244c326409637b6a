package org.bastion.access.internal;

import java.time.Clock;
import java.time.LocalDateTime;

import org.springframework.stereotype.Component;

/**
 * The time for lockouts, throttling and token expiry, on the county's clock (tests move it).
 */
@Component
class AccessClock {

	private final Clock clock;

	AccessClock(Clock clock) {
		this.clock = clock;
	}

	LocalDateTime now() {
		return LocalDateTime.now(clock);
	}
}

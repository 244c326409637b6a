package org.bastion;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * A clock tests move forward (a lock's 15 minutes, a reminder's day); the county's time until moved. It
 * replaces the application's clock ({@code @Primary}) in the contexts that import it.
 */
public class MovableClock extends Clock {

	private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private volatile Duration offset = Duration.ZERO;

	public void advance(Duration by) {
		offset = offset.plus(by);
	}

	public void reset() {
		offset = Duration.ZERO;
	}

	@Override
	public ZoneId getZone() {
		return ZONE;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return this;
	}

	@Override
	public Instant instant() {
		return Instant.now().plus(offset);
	}

	/** Import this into every test that moves the clock, so that they share one application context. */
	@TestConfiguration(proxyBeanMethods = false)
	public static class Config {
		@Bean
		@Primary
		MovableClock movableClock() {
			return new MovableClock();
		}
	}
}

package org.bastion.platform.internal;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one clock: the county's business day and local time, whatever zone the server runs in (a UTC
 * server would otherwise start Ninghua's day eight hours late). Every module injects {@link Clock};
 * tests replace it with a movable one.
 */
@Configuration(proxyBeanMethods = false)
class CountyClockConfiguration {

	@Bean
	Clock countyClock(@Value("${bastion.zone:Asia/Shanghai}") ZoneId zone) {
		return Clock.system(zone);
	}
}

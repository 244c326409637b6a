package org.bastion.platform.internal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * The bounded pool long work runs on: a few threads ({@code bastion.work.threads}, default 2) and a
 * short queue ({@code bastion.work.queue}, default 20); beyond that a start is refused as busy. Not a
 * default candidate, so that nothing else (such as {@code @Async}) takes it for the application's executor.
 */
@Configuration(proxyBeanMethods = false)
class LongWorkConfiguration {

	@Bean(defaultCandidate = false)
	ThreadPoolTaskExecutor longWorkExecutor(@Value("${bastion.work.threads:2}") int threads,
			@Value("${bastion.work.queue:20}") int queue) {
		ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
		executor.setCorePoolSize(threads);
		executor.setMaxPoolSize(threads);
		executor.setQueueCapacity(queue);
		executor.setThreadNamePrefix("long-work-");
		return executor;
	}
}

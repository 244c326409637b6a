package org.bastion;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/**
 * Keeps the user's shell out of every application the tests start (registered in the tests'
 * {@code META-INF/spring.factories}). Environment variables outrank configuration files, so a
 * {@code BASTION_DEMO_PASSWORD} exported to try the app would replace the password the tests sign in
 * with, and an operator's {@code SPRING_DATASOURCE_URL} would point them at a real database. Only
 * {@code BASTION_TEST_*} (where the PostgreSQL test database is) is left; the rest of the environment
 * is dropped before Spring Boot reads profiles and configuration files. The Maven build also removes
 * the documented variables from the test JVM itself (pom.xml), for code that calls
 * {@code System.getenv}.
 */
public final class SealedTestEnvironment implements EnvironmentPostProcessor, Ordered {

	static final String KEPT_PREFIX = "BASTION_TEST_";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		String name = StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME;
		PropertySource<?> shell = environment.getPropertySources().get(name);
		if (!(shell instanceof MapPropertySource variables)) {
			return;
		}
		Map<String, Object> kept = new LinkedHashMap<>();
		variables.getSource().forEach((variable, value) -> {
			if (variable.startsWith(KEPT_PREFIX)) {
				kept.put(variable, value);
			}
		});
		environment.getPropertySources().replace(name, new SystemEnvironmentPropertySource(name, kept));
	}

	/** Before profiles, configuration files and {@code SPRING_APPLICATION_JSON} are read. */
	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}
}

package org.bastion;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/** An application started by the tests reads its configuration from application-test.yml, whatever the shell holds. */
class SealedTestEnvironmentTests {

	/** What a developer who tried the README, or an operator's shell, may hold (see .ci/run). */
	static final Map<String, Object> HOSTILE_SHELL = Map.ofEntries(
			Map.entry("SPRING_PROFILES_ACTIVE", "postgres"),
			Map.entry("SPRING_DATASOURCE_URL", "jdbc:postgresql://prod-db.ninghua.gov.cn:5432/bastion"),
			Map.entry("SPRING_DATASOURCE_USERNAME", "bastion"), Map.entry("SPRING_DATASOURCE_PASSWORD", "prod-secret"),
			Map.entry("SPRING_APPLICATION_JSON", "{\"bastion\":{\"demo-password\":\"json-Demo-1\"}}"),
			Map.entry("BASTION_DEMO_PASSWORD", "wrong-Demo-1"), Map.entry("BASTION_ADMIN_PASSWORD", "wrong-Admin-1"),
			Map.entry("BASTION_ENCRYPTION_KEY", "cHJvZC1lbmNyeXB0aW9uLWtleS0zMi1ieXRlcy0wMDE="),
			Map.entry("BASTION_HASH_KEY", "cHJvZC1oYXNoLWtleS0tLS0tLTMyLWJ5dGVzLTAwMDE="),
			Map.entry("BASTION_PERSONAL_DATA_ENCRYPTION_KEY", "cHJvZC1lbmNyeXB0aW9uLWtleS0zMi1ieXRlcy0wMDE="),
			Map.entry("BASTION_SECURE_COOKIE", "true"),
			Map.entry("BASTION_TEST_DB_URL", "jdbc:postgresql://127.0.0.1:5432/bastion_test_mine"));

	@Configuration(proxyBeanMethods = false)
	static class NoBeans {
	}

	@Test
	void theShellsSpringAndBastionVariablesReachNoApplicationTheTestsStart() {
		StandardEnvironment started = new StandardEnvironment();
		String name = StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME;
		started.getPropertySources().replace(name, new SystemEnvironmentPropertySource(name, HOSTILE_SHELL));

		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(NoBeans.class).environment(started)
			.profiles("test")
			.web(WebApplicationType.NONE)
			.bannerMode(Banner.Mode.OFF)
			.logStartupInfo(false)
			.run()) {
			Environment env = context.getEnvironment();
			assertThat(env.getActiveProfiles()).containsExactly("test");
			assertThat(env.getProperty("spring.datasource.url")).startsWith("jdbc:h2:mem:bastion-test;");
			assertThat(env.getProperty("spring.datasource.username")).isEqualTo("sa");
			assertThat(env.getProperty("bastion.demo-password")).isEqualTo("test-Demo-2026");
			assertThat(env.getProperty("bastion.admin-password")).isEqualTo("test-Admin-2026");
			assertThat(env.getProperty("bastion.personal-data.encryption-key"))
				.isEqualTo("dGVzdC1lbmNyeXB0aW9uLWtleS0zMi1ieXRlcy0wMDE=");
			assertThat(env.getProperty("bastion.personal-data.hash-key")).isEqualTo("dGVzdC1oYXNoLWtleS0tLS0tLTMyLWJ5dGVzLTAwMDE=");
			assertThat(env.getProperty("server.servlet.session.cookie.secure", Boolean.class)).isFalse();
			// the one variable meant for the tests: where CI's PostgreSQL test database is
			assertThat(env.getProperty("BASTION_TEST_DB_URL")).isEqualTo("jdbc:postgresql://127.0.0.1:5432/bastion_test_mine");
		}
	}
}

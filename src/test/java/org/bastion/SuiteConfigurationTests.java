package org.bastion;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;

/**
 * The suite's own application context is configured by the test configuration alone: .ci/run starts
 * the suite with a production-looking datasource and wrong passwords in the environment to prove it.
 */
@IntegrationTest
class SuiteConfigurationTests {

	@Autowired
	DataSource dataSource;
	@Autowired
	Environment env;

	@Test
	void theSuiteRunsOnItsOwnTestDatabaseWithTheTestPasswordsAndKeys() throws SQLException {
		String database;
		try (Connection connection = dataSource.getConnection()) {
			database = connection.getMetaData().getURL();
		}
		boolean postgres = "postgres".equals(System.getProperty("bastion.test.db"));
		assertThat(database).startsWith(postgres
				? env.getProperty("BASTION_TEST_DB_URL", "jdbc:postgresql://127.0.0.1:5432/bastion_test")
				: "jdbc:h2:mem:bastion-test");
		assertThat(env.getActiveProfiles()).containsExactly(postgres ? new String[] {"test", "postgres-test"} : new String[] {"test"});
		assertThat(env.getProperty("bastion.demo-password")).isEqualTo("test-Demo-2026");
		assertThat(env.getProperty("bastion.admin-password")).isEqualTo("test-Admin-2026");
		assertThat(env.getProperty("bastion.personal-data.encryption-key")).isEqualTo("dGVzdC1lbmNyeXB0aW9uLWtleS0zMi1ieXRlcy0wMDE=");
		assertThat(env.getProperty("server.servlet.session.cookie.secure", Boolean.class)).isFalse();
	}
}

package org.bastion;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ActiveProfilesResolver;

/**
 * A test of the whole application on a database: in-memory H2 by default, PostgreSQL when the
 * {@code postgres} Maven profile sets {@code bastion.test.db=postgres}. The context carries the
 * Ninghua demo data.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@AutoConfigureMockMvc
@Tag("integration")
@ActiveProfiles(resolver = IntegrationTest.Profiles.class)
public @interface IntegrationTest {

	class Profiles implements ActiveProfilesResolver {
		@Override
		public String[] resolve(Class<?> testClass) {
			return "postgres".equals(System.getProperty("bastion.test.db")) ? new String[] {"test", "postgres-test"}
					: new String[] {"test"};
		}
	}
}

package org.bastion.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class AuditPropertiesTests {

	private final ApplicationContextRunner context = new ApplicationContextRunner()
		.withUserConfiguration(AuditConfiguration.class);

	@Test
	void entriesAreKeptAtLeast180DaysByDefault() {
		context.run(c -> assertThat(c.getBean(AuditProperties.class).retentionDays()).isEqualTo(180));
	}

	@Test
	void aRetentionBelow180DaysStopsTheStart() {
		context.withPropertyValues("bastion.audit.retention-days=90").run(c -> assertThat(c).hasFailed());
	}

	@Test
	void aLongerRetentionIsAccepted() {
		context.withPropertyValues("bastion.audit.retention-days=3650")
			.run(c -> assertThat(c.getBean(AuditProperties.class).retentionDays()).isEqualTo(3650));
	}
}

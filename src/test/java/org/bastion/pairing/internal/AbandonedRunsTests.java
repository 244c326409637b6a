package org.bastion.pairing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.bastion.IntegrationTest;
import org.bastion.pairing.PairingKind;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class AbandonedRunsTests {

	@Autowired
	RunStore runs;
	@Autowired
	AbandonedRuns recovery;

	@Test
	void aRunThatACrashLeftRunningIsMarkedFailedOnStartUp() {
		long id = runs.start(PairingKind.MENTOR, "350424107", "someone");
		recovery.failAbandonedRuns();
		RunStore.Run run = runs.find(id).orElseThrow();
		assertThat(run.status()).isEqualTo(RunStore.RunStatus.FAILED);
		assertThat(run.message()).contains("重启");
	}
}

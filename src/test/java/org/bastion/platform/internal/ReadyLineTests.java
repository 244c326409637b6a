package org.bastion.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The start ends on one line: ready, where, and as whom to sign in. */
class ReadyLineTests {

	@Test
	void namesTheAddressAndWhomToSignInAs() {
		ReadyLine ready = new ReadyLine(null, "", "");

		assertThat(ready.line(8080, List.of("county-admin (县委组织部管理员) with the password BASTION_DEMO_PASSWORD")))
			.isEqualTo("Bastion is ready at http://localhost:8080/ - sign in as county-admin (县委组织部管理员) with the password "
					+ "BASTION_DEMO_PASSWORD");
	}

	@Test
	void aServerBoundToOneAddressIsReachedThere() {
		assertThat(new ReadyLine(null, "10.0.0.5", "/bastion").line(80, List.of()))
			.isEqualTo("Bastion is ready at http://10.0.0.5:80/bastion/");
	}
}

package org.bastion.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class RequestOriginTests {

	final MockHttpServletRequest request = new MockHttpServletRequest();

	RequestOriginTests() {
		request.setRemoteAddr("192.0.2.10");
		request.addHeader("X-Forwarded-For", "203.0.113.7, 192.0.2.10");
	}

	@Test
	void takesTheRemoteAddressAndIgnoresAForwardedForHeaderByDefault() {
		assertThat(origin(false).address(request)).isEqualTo("192.0.2.10");
	}

	@Test
	void takesTheFirstForwardedForAddressWhenToldToTrustIt() {
		assertThat(origin(true).address(request)).isEqualTo("203.0.113.7");
	}

	private static RequestOrigin origin(boolean trustForwardedFor) {
		return new RequestOrigin(new AuditProperties(180, trustForwardedFor, ZoneId.of("Asia/Shanghai")));
	}
}

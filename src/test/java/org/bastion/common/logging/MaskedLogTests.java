package org.bastion.common.logging;

import static org.assertj.core.api.Assertions.assertThat;

import org.bastion.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** Whatever a class logs, an ID number or mobile in the message reaches the log masked. */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class MaskedLogTests {

	private static final Logger log = LoggerFactory.getLogger(MaskedLogTests.class);

	@Test
	void anIdNumberAndAMobileInALogMessageAreMasked(CapturedOutput output) {
		log.warn("Registered 张三 with ID number {} and phone {}", "35042419900101123X", "13812345678");

		assertThat(output).contains("350424********123X").contains("138****5678")
			.doesNotContain("35042419900101123X").doesNotContain("13812345678");
	}
}

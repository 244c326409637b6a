package org.bastion.home;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.bastion.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

/** Until the start's work (the demo data and its users) is done, the login page says so instead of refusing. */
@IntegrationTest
class LoginWhileTheDemoGeneratesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@AfterEach
	void ready() {
		AvailabilityChangeEvent.publish(context, ReadinessState.ACCEPTING_TRAFFIC);
	}

	@Test
	void theLoginPageSaysTheDemoDataIsBeingGeneratedInsteadOfAWrongPassword() throws Exception {
		AvailabilityChangeEvent.publish(context, ReadinessState.REFUSING_TRAFFIC);

		String page = mvc.perform(get("/login").queryParam("error", "")).andReturn().getResponse().getContentAsString();

		assertThat(page).contains("正在生成演示数据，请稍候").doesNotContain("用户名或密码错误");
	}

	@Test
	void onceReadyTheLoginPageSaysNothingOfIt() throws Exception {
		String page = mvc.perform(get("/login")).andReturn().getResponse().getContentAsString();

		assertThat(page).doesNotContain("正在生成演示数据");
	}
}

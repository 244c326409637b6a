package org.bastion.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Duration;
import java.util.List;

import org.bastion.IntegrationTest;
import org.bastion.platform.LongWork;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;

/** A long work that failed is a to-do of its owner — on the home page and in the menu's count — and nobody else's. */
@IntegrationTest
class FailedWorkToDosTests {

	@Autowired
	LongWork longWork;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void aWorkThatFailedIsATodayToDoOfItsOwnerLinkingToItsPageAndNotOfAnotherUser() throws Exception {
		String owner = "import-owner-" + System.nanoTime();
		SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(owner, "n/a", List.of()));
		long id = longWork.start("test.failing", owner, "导入人员：坏文件.xlsx", progress -> {
			throw new IllegalStateException("文件无法读取");
		});
		await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(50))
			.until(() -> jdbc.sql("select state from platform_work where id = ?").param(id).query(String.class).single().equals("FAILED"));

		String own = home(owner);
		assertThat(own).containsSubsequence("今天到期", "<a href=\"/work/" + id + "\">1 项后台任务失败，请查看原因</a>")
			.contains("<span class=\"badge\"><span>1</span>");

		String another = home("someone-else-" + System.nanoTime());
		assertThat(another).doesNotContain("后台任务失败").doesNotContain("/work/" + id).contains("暂无待办");
	}

	private String home(String username) throws Exception {
		return mvc.perform(get("/").with(user(username).authorities(List.of()))).andReturn().getResponse().getContentAsString();
	}
}

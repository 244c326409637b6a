package org.bastion.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Duration;

import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import com.jayway.jsonpath.JsonPath;

/**
 * For tests of pages that start long work: the start answers with a redirect to the work's progress
 * page; this waits — generously, for a loaded machine — until the work has ended, reading its status
 * as its owner would, and answers where its result is.
 */
public final class WorkResults {

	private WorkResults() {
	}

	/** The result link of the work {@code started} redirected to, once it has ended. */
	public static String resultOf(MockMvc mvc, MvcResult started) {
		String location = started.getResponse().getRedirectedUrl();
		assertThat(location).matches("/work/\\d+\\?follow=true");
		String status = "/api/v1/work/" + location.replaceAll("\\D", "");
		String[] body = new String[1];
		await().atMost(Duration.ofMinutes(3)).pollInSameThread().pollInterval(Duration.ofMillis(100)).until(() -> {
			body[0] = mvc.perform(get(status)).andReturn().getResponse().getContentAsString();
			return !"RUNNING".equals(JsonPath.read(body[0], "$.state"));
		});
		return JsonPath.read(body[0], "$.resultLink");
	}
}

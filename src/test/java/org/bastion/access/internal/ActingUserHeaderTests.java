package org.bastion.access.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bastion.IntegrationTest;
import org.bastion.platform.ActingUser;
import org.bastion.platform.ActingUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;

/** The header names the acting user by their name and role, not their login name, and leads to their profile. */
@IntegrationTest
class ActingUserHeaderTests {

	private static final Pattern USER = Pattern.compile("<a class=\"user\" href=\"/profile\">(.*?)</a>", Pattern.DOTALL);

	@Autowired
	MockMvc mvc;

	@Autowired
	ActingUsers actingUsers;

	@Test
	void theHeaderShowsTheCountyAdministratorsNameAndRole() throws Exception {
		assertThat(header("county-admin", "zh-CN")).isEqualTo("县委组织部管理员 · 组织部管理员");
	}

	@Test
	void theHeaderShowsAMembersNameAndRoleInThePagesLanguage() throws Exception {
		assertThat(header("member", "zh-CN")).matches("党员（.+） · 党员");
		assertThat(header("member", "en")).matches("党员（.+） · Party member");
	}

	@Test
	void aUserNamedAfterTheirRoleIsNotNamedTwice() throws Exception {
		assertThat(header("sysadmin", "zh-CN")).isEqualTo("系统管理员");
		assertThat(header("sysadmin", "en")).isEqualTo("系统管理员 · System administrator");
	}

	@Test
	void aPrincipalWithoutAnAccountIsNamedByTheirLoginName() throws Exception {
		assertThat(header("admin", "zh-CN")).isEqualTo("admin");
	}

	@Test
	void theActingTownshipAdministratorsPostIsTheirOrganizationWithTheirRole() {
		SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated("anle-admin", null, List.of()));
		try {
			assertThat(actingUsers.current()).contains(
					new ActingUser("anle-admin", "安乐镇党委管理员", "access.role.TOWNSHIP_ADMIN", "中共宁化县安乐镇委员会 乡镇管理员"));
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	@Test
	void nobodyActsForThePublic() {
		assertThat(actingUsers.current()).isEmpty();
	}

	private String header(String username, String language) throws Exception {
		String html = mvc.perform(get("/").param("lang", language).with(user(username).authorities(List.of())))
			.andReturn().getResponse().getContentAsString();
		Matcher m = USER.matcher(html);
		assertThat(m.find()).as("the header names the user").isTrue();
		return m.group(1).replaceAll("<[^>]+>", "").replaceAll("\\s+", " ").strip();
	}
}

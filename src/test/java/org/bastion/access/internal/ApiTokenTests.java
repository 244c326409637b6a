package org.bastion.access.internal;

import org.bastion.MovableClock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.bastion.access.internal.AccessFixture.PASSWORD;
import static org.bastion.access.internal.AccessFixture.address;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bastion.IntegrationTest;
import org.bastion.access.Role;
import org.bastion.access.UserView;
import org.bastion.organization.TreeFixture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import jakarta.servlet.http.Cookie;

import com.jayway.jsonpath.JsonPath;

@IntegrationTest
@Import(MovableClock.Config.class)
class ApiTokenTests extends TownshipAdministratorFixture {

	@Autowired
	ApiTokens tokens;

	@Test
	void aTokenIssuedForNameAndPasswordCallsTheApiUntilRevoked() throws Exception {
		String body = issue(user.username(), PASSWORD, "数据对接", address())
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.token", startsWith("bst_")))
			.andReturn().getResponse().getContentAsString();
		String token = JsonPath.read(body, "$.token");
		long id = ((Number) JsonPath.read(body, "$.id")).longValue();
		assertThat(token).hasSize(4 + 43);

		MvcResult used = mvc.perform(get("/api/v1/organizations").header("Authorization", "Bearer " + token))
			.andExpect(status().isOk()).andExpect(header().doesNotExist("Set-Cookie")).andReturn();
		assertThat(used.getRequest().getSession(false)).as("no session for a token request").isNull();
		mvc.perform(get("/api/v1/auth/tokens").header("Authorization", "Bearer " + token))
			.andExpect(jsonPath("$[0].name").value("数据对接"))
			.andExpect(jsonPath("$[0].token").doesNotExist())
			.andExpect(jsonPath("$[0].lastUsedAt").exists());

		mvc.perform(delete("/api/v1/auth/tokens/{id}", id).header("Authorization", "Bearer " + token)).andExpect(status().isNoContent());
		mvc.perform(get("/api/v1/organizations").header("Authorization", "Bearer " + token))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string("WWW-Authenticate", containsString("invalid_token")));
	}

	@Test
	void theProfilePageShowsANewTokenOnceAndRevokesIt() throws Exception {
		MockHttpSession session = (MockHttpSession) AccessFixture.signIn(mvc, user.username(), PASSWORD, address()).andReturn()
			.getRequest().getSession();
		String page = mvc.perform(post("/profile/tokens").session(session).with(csrf()).param("name", "报表"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("令牌已生成，只显示这一次")))
			.andReturn().getResponse().getContentAsString();
		Matcher shown = Pattern.compile("bst_[A-Za-z0-9_-]{43}").matcher(page);
		assertThat(shown.find()).isTrue();
		String token = shown.group();
		mvc.perform(get("/profile").session(session)).andExpect(content().string(not(containsString(token))))
			.andExpect(content().string(containsString("报表")));
		mvc.perform(get("/api/v1/organizations").header("Authorization", "Bearer " + token)).andExpect(status().isOk());

		long id = tokens.list(user.username()).get(0).id();
		mvc.perform(post("/profile/tokens/{id}/revoke", id).session(session).with(csrf())).andExpect(redirectedUrl("/profile"));
		mvc.perform(get("/api/v1/organizations").header("Authorization", "Bearer " + token)).andExpect(status().isUnauthorized());
	}

	@Test
	void onlyTheTokensHashIsStored() {
		ApiTokens.IssuedToken issued = tokens.issue(user.username(), "hash", null);
		assertThat(ApiTokens.hash(issued.token())).hasSize(64).doesNotContain(issued.token());
		assertThat(tokens.authenticate(issued.token())).get().extracting(UserView::username).isEqualTo(user.username());
		assertThat(tokens.authenticate(issued.token() + "x")).isEmpty();
	}

	@Test
	void anExpiredTokenIsRefused() throws Exception {
		ApiTokens.IssuedToken issued = tokens.issue(user.username(), "kurz", null);
		clock.advance(ApiTokens.LIFETIME.plus(Duration.ofMinutes(1)));
		mvc.perform(get("/api/v1/organizations").header("Authorization", "Bearer " + issued.token())).andExpect(status().isUnauthorized());
	}

	@Test
	void aDisabledUsersTokensStopAtOnce() throws Exception {
		ApiTokens.IssuedToken issued = tokens.issue(user.username(), "disabled", null);
		accounts.setEnabled(user.id(), false);
		mvc.perform(get("/api/v1/organizations").header("Authorization", "Bearer " + issued.token())).andExpect(status().isUnauthorized());
	}

	@Test
	void aPasswordResetRevokesTheUsersTokensForGood() throws Exception {
		String token = tokens.issue(user.username(), "vorher", null).token();
		TreeFixture.asSystem(() -> accounts.resetPassword(user.id(), "Reset-Pass9"));
		MockHttpSession session = (MockHttpSession) AccessFixture.signIn(mvc, user.username(), "Reset-Pass9", address())
			.andExpect(redirectedUrl("/password")).andReturn().getRequest().getSession();
		mvc.perform(post("/password").session(session).with(csrf()).param("currentPassword", "Reset-Pass9")
				.param("newPassword", "Own-Choice-42").param("repeatPassword", "Own-Choice-42"))
			.andExpect(redirectedUrl("/profile"));

		mvc.perform(get("/api/v1/organizations").header("Authorization", "Bearer " + token)).andExpect(status().isUnauthorized());
		assertThat(tokens.list(user.username())).singleElement().satisfies(t -> assertThat(t.revokedAt()).isNotNull());
	}

	@Test
	void aLockedAccountsTokensGoOnWorking() throws Exception {
		String token = tokens.issue(user.username(), "gesperrt", null).token();
		for (int i = 0; i < 5; i++) {
			issue(user.username(), "Guess-pass" + i, "x", address());
		}
		assertThat(accounts.get(user.id()).lockedUntil()).isNotNull();
		mvc.perform(get("/api/v1/organizations").header("Authorization", "Bearer " + token)).andExpect(status().isOk());
	}

	@Test
	void aTokenReadsTheApiDocumentationAndTheActuatorAsItsUser() throws Exception {
		String township = tokens.issue(user.username(), "docs", null).token();
		String operator = tokens.issue(fixture.user(Role.SYSTEM_ADMIN, null, false).username(), "prometheus", null).token();
		mvc.perform(get("/v3/api-docs").header("Authorization", "Bearer " + township)).andExpect(status().isOk());
		mvc.perform(get("/actuator/info").header("Authorization", "Bearer " + township)).andExpect(status().isForbidden());
		mvc.perform(get("/actuator/info").header("Authorization", "Bearer " + operator)).andExpect(status().isOk());
		mvc.perform(get("/v3/api-docs").header("Authorization", "Bearer " + operator)).andExpect(status().isForbidden());
		mvc.perform(get("/v3/api-docs").header("Authorization", "Bearer bst_forged")).andExpect(status().isUnauthorized());
	}

	@Test
	void aTokenActsWithExactlyItsUsersAuthorities() throws Exception {
		UserView sysadmin = fixture.user(Role.SYSTEM_ADMIN, null, false);
		String token = tokens.issue(sysadmin.username(), "sys", null).token();
		mvc.perform(get("/api/v1/organizations").header("Authorization", "Bearer " + token)).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/audit").header("Authorization", "Bearer " + token)).andExpect(status().isForbidden());
	}

	@Test
	void wrongPasswordsForATokenCountTowardsTheLockout() throws Exception {
		String from = address();
		for (int i = 0; i < 4; i++) {
			issue(user.username(), "Wrong-pass" + i, "x", from).andExpect(status().isUnauthorized())
				.andExpect(jsonPath("$.detail").value("用户名或密码错误"));
		}
		issue(user.username(), "Wrong-pass5", "x", from).andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.detail").value("密码错误次数过多，账号已锁定，请 15 分钟后再试"));
		issue(user.username(), PASSWORD, "x", from).andExpect(status().isUnauthorized());
	}

	@Test
	void strangersGuessesDoNotStopTheOwnerIssuingTokensFromTheirKnownDevice() throws Exception {
		Cookie device = AccessFixture.signIn(mvc, user.username(), PASSWORD, address()).andReturn().getResponse()
			.getCookie(KnownDevices.COOKIE);
		String stranger = address();
		for (int i = 0; i < SignIn.MAX_FAILURES; i++) {
			issue(user.username(), "Guess-pass" + i, "x", stranger);
		}
		issue(user.username(), PASSWORD, "x", address()).andExpect(status().isUnauthorized());

		issue(user.username(), PASSWORD, "报表", address(), device).andExpect(status().isCreated());
	}

	@Test
	void anInitialPasswordGetsNoToken() throws Exception {
		UserView fresh = fixture.user(Role.TOWNSHIP_ADMIN, fixture.township("350424107"), true);
		issue(fresh.username(), PASSWORD, "x", address()).andExpect(status().isForbidden());
	}

	@Test
	void anotherUsersTokenCannotBeRevoked() throws Exception {
		UserView other = fixture.user(Role.TOWNSHIP_ADMIN, fixture.township("350424100"), false);
		ApiTokens.IssuedToken theirs = tokens.issue(other.username(), "theirs", null);
		String mine = tokens.issue(user.username(), "mine", null).token();
		mvc.perform(delete("/api/v1/auth/tokens/{id}", theirs.id()).header("Authorization", "Bearer " + mine))
			.andExpect(status().isNotFound());
		assertThat(tokens.authenticate(theirs.token())).isPresent();
	}

	@Test
	void theApiNeedsAToken() throws Exception {
		mvc.perform(get("/api/v1/organizations")).andExpect(status().isUnauthorized());
		mvc.perform(get("/api/v1/organizations").header("Authorization", "Basic YWRtaW46dGVzdC1BZG1pbi0yMDI2"))
			.andExpect(status().isUnauthorized());
	}

	private ResultActions issue(String username, String password, String name, String address, Cookie... cookies) throws Exception {
		MockHttpServletRequestBuilder request = post("/api/v1/auth/tokens").contentType(MediaType.APPLICATION_JSON)
			.content("{\"username\":\"%s\",\"password\":\"%s\",\"name\":\"%s\"}".formatted(username, password, name))
			.with(r -> {
				r.setRemoteAddr(address);
				return r;
			});
		return mvc.perform(cookies.length == 0 ? request : request.cookie(cookies));
	}
}

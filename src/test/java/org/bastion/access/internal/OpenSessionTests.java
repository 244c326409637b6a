package org.bastion.access.internal;

import org.bastion.MovableClock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.bastion.access.internal.AccessFixture.session;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;

import java.util.Set;

import org.bastion.IntegrationTest;
import org.bastion.access.Role;
import org.bastion.access.UserView;
import org.bastion.organization.TreeFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MvcResult;

import jakarta.servlet.http.Cookie;

/** An open session follows its account: disabling, removing roles or resetting the password ends it at the next request. */
@IntegrationTest
@Import(MovableClock.Config.class)
class OpenSessionTests extends AccessTestBase {

	long anle;

	@BeforeEach
	void anle() {
		anle = fixture.township("350424107");
	}

	@Test
	void aDisabledSecurityAdministratorsOpenSessionChangesNoMoreRoles() throws Exception {
		UserView securityAdmin = fixture.user(Role.SECURITY_ADMIN, null, false);
		UserView target = fixture.user(Role.MEMBER, anle, false);
		MockHttpSession open = session(mvc, securityAdmin.username());
		mvc.perform(get("/admin/users/{id}", target.id()).session(open)).andExpect(status().isOk());

		TreeFixture.asSystem(() -> accounts.setEnabled(securityAdmin.id(), false));

		mvc.perform(post("/admin/users/{id}/roles", target.id()).session(open).with(csrf()).param("role", "TOWNSHIP_ADMIN")
				.param("organizationId", Long.toString(anle)))
			.andExpect(redirectedUrl("/login?ended"));
		assertThat(accounts.get(target.id()).roles()).containsExactly(Role.MEMBER);
		assertThat(open.isInvalid()).isTrue();
	}

	@Test
	void removedRolesEndTheOpenSessionAtOnce() throws Exception {
		UserView township = fixture.user(Role.TOWNSHIP_ADMIN, anle, false);
		MockHttpSession open = session(mvc, township.username());
		mvc.perform(get("/people/new").session(open)).andExpect(status().isOk());

		TreeFixture.asSystem(() -> accounts.assignRolesAndScope(township.id(), Set.of(Role.MEMBER), anle, Set.of()));

		mvc.perform(get("/people/new").session(open)).andExpect(redirectedUrl("/login?ended"));
		mvc.perform(get("/login").param("ended", "")).andExpect(content().string(containsString("您的账号已变更")));
	}

	@Test
	void aPasswordResetEndsTheUsersOpenSessions() throws Exception {
		UserView grid = fixture.user(Role.GRID_WORKER, anle, false);
		MockHttpSession open = session(mvc, grid.username());

		TreeFixture.asSystem(() -> accounts.resetPassword(grid.id(), "Reset-Pass9"));

		mvc.perform(get("/households").session(open).header("HX-Request", "true"))
			.andExpect(header().string("HX-Redirect", "/login?ended"));
		mvc.perform(get("/households").session(open)).andExpect(redirectedUrl("/login"));
	}

	@Test
	void changingOnesOwnPasswordEndsTheOtherSessionsAndDevicesButKeepsThisOne() throws Exception {
		UserView grid = fixture.user(Role.GRID_WORKER, anle, false);
		MvcResult signedIn = AccessFixture.signIn(mvc, grid.username(), AccessFixture.PASSWORD, AccessFixture.address())
			.andExpect(authenticated()).andReturn();
		MockHttpSession here = (MockHttpSession) signedIn.getRequest().getSession();
		Cookie oldDevice = signedIn.getResponse().getCookie(KnownDevices.COOKIE);
		MockHttpSession elsewhere = session(mvc, grid.username());
		String idBefore = here.getId();

		Cookie newDevice = mvc.perform(post("/password").session(here).with(csrf()).param("currentPassword", AccessFixture.PASSWORD)
			.param("newPassword", "Fresh-Garden-42").param("repeatPassword", "Fresh-Garden-42"))
			.andExpect(redirectedUrl("/profile")).andReturn().getResponse().getCookie(KnownDevices.COOKIE);

		assertThat(here.getId()).isNotEqualTo(idBefore);
		mvc.perform(get("/profile").session(here)).andExpect(status().isOk());
		mvc.perform(get("/profile").session(elsewhere)).andExpect(redirectedUrl("/login?ended"));
		// with the account locked by a stranger, only the re-issued device passes
		String stranger = AccessFixture.address();
		for (int i = 0; i < SignIn.MAX_FAILURES; i++) {
			AccessFixture.signIn(mvc, grid.username(), "Guess-pass" + i, stranger);
		}
		assertThat(newDevice).isNotNull();
		AccessFixture.signIn(mvc, grid.username(), "Fresh-Garden-42", AccessFixture.address(), oldDevice)
			.andExpect(redirectedUrl("/login?error=locked&minutes=15"));
		AccessFixture.signIn(mvc, grid.username(), "Fresh-Garden-42", AccessFixture.address(), newDevice).andExpect(authenticated());
	}

	@Test
	void anUnchangedAccountsSessionGoesOn() throws Exception {
		UserView grid = fixture.user(Role.GRID_WORKER, anle, false);
		MockHttpSession open = session(mvc, grid.username());
		TreeFixture.asSystem(() -> accounts.unlock(grid.id()));
		mvc.perform(get("/households").session(open)).andExpect(status().isOk());
	}
}

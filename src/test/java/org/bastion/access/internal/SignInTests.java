package org.bastion.access.internal;

import org.bastion.MovableClock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.bastion.access.internal.AccessFixture.PASSWORD;
import static org.bastion.access.internal.AccessFixture.address;
import static org.bastion.access.internal.AccessFixture.signIn;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;

import org.bastion.IntegrationTest;
import org.bastion.access.Role;
import org.bastion.access.UserView;
import org.bastion.audit.AuditLog;
import org.bastion.audit.AuditSearch;
import org.bastion.common.audit.AuditAction;
import org.bastion.organization.TreeFixture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpSession;

import jakarta.servlet.http.Cookie;

@IntegrationTest
@Import(MovableClock.Config.class)
class SignInTests extends TownshipAdministratorFixture {

	@Autowired
	AuditLog audit;

	@Test
	void signsInWithTheRightPassword() throws Exception {
		signIn(mvc, user.username(), PASSWORD, address()).andExpect(authenticated().withUsername(user.username()))
			.andExpect(redirectedUrl("/"));
	}

	@Test
	void fiveWrongPasswordsLockTheAccountForFifteenMinutesEvenAgainstTheRightOneOnAnUnknownDevice() throws Exception {
		String from = address();
		for (int i = 1; i <= 4; i++) {
			signIn(mvc, user.username(), "Wrong-pass" + i, from).andExpect(redirectedUrl("/login?error"));
		}
		signIn(mvc, user.username(), "Wrong-pass5", from).andExpect(redirectedUrl("/login?error=locked&minutes=15"));

		signIn(mvc, user.username(), PASSWORD, from).andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login?error=locked&minutes=15"));
		clock.advance(Duration.ofMinutes(10));
		signIn(mvc, user.username(), PASSWORD, from).andExpect(redirectedUrl("/login?error=locked&minutes=5"));

		clock.advance(Duration.ofMinutes(5).plusSeconds(1));
		signIn(mvc, user.username(), PASSWORD, from).andExpect(authenticated());
		assertThat(accounts.get(user.id()).failedAttempts()).isZero();
		assertThat(audit.count(new AuditSearch(null, AuditAction.LOCKOUT, "user", Long.toString(user.id()), null, null))).isEqualTo(1);
		assertThat(audit.count(new AuditSearch(user.username(), AuditAction.SIGN_IN_FAILED, null, null, null, null))).isEqualTo(7);
		assertThat(audit.count(new AuditSearch(user.username(), AuditAction.SIGN_IN, null, null, null, null))).isEqualTo(1);
	}

	@Test
	void theLoginFormShowsTheLockInChineseWithTheMinutesLeft() throws Exception {
		mvc.perform(get("/login").param("error", "locked").param("minutes", "12"))
			.andExpect(content().string(containsString("密码错误次数过多，账号已锁定，请 12 分钟后再试")));
		mvc.perform(get("/login").param("error", "disabled")).andExpect(content().string(containsString("该账号已停用")));
		mvc.perform(get("/login").param("error", "")).andExpect(content().string(containsString("用户名或密码错误")));
	}

	@Test
	void aSuccessfulSignInClearsEarlierFailures() throws Exception {
		String from = address();
		for (int i = 0; i < 4; i++) {
			signIn(mvc, user.username(), "Wrong-pass" + i, from);
		}
		signIn(mvc, user.username(), PASSWORD, from).andExpect(authenticated());
		signIn(mvc, user.username(), "Wrong-again1", from).andExpect(redirectedUrl("/login?error"));
		assertThat(accounts.get(user.id()).failedAttempts()).isEqualTo(1);
	}

	@Test
	void anUnlockedAccountSignsInAtOnce() throws Exception {
		String from = address();
		for (int i = 0; i < 5; i++) {
			signIn(mvc, user.username(), "Wrong-pass" + i, from);
		}
		accounts.unlock(user.id());
		signIn(mvc, user.username(), PASSWORD, from).andExpect(authenticated());
	}

	@Test
	void aDisabledAccountIsRefusedWithItsOwnMessage() throws Exception {
		accounts.setEnabled(user.id(), false);
		signIn(mvc, user.username(), PASSWORD, address()).andExpect(unauthenticated()).andExpect(redirectedUrl("/login?error=disabled"));
	}

	@Test
	void twentyFailuresForOneNameFromOneAddressAreRefusedThereUntilTheOldestIsFifteenMinutesOld() throws Exception {
		String from = address();
		for (int i = 0; i < 20; i++) {
			signIn(mvc, user.username(), "Wrong-pass" + i, from).andExpect(unauthenticated());
		}
		signIn(mvc, user.username(), PASSWORD, from).andExpect(redirectedUrl("/login?error=throttled&minutes=15"));
		signIn(mvc, user.username(), PASSWORD, address()).andExpect(redirectedUrl("/login?error=locked&minutes=15"));

		clock.advance(Duration.ofMinutes(15));
		signIn(mvc, user.username(), PASSWORD, from).andExpect(authenticated());
	}

	@Test
	void oneGuesserBehindAnAddressDoesNotBlockOthersBehindIt() throws Exception {
		String office = address();
		for (int i = 0; i < 20; i++) {
			signIn(mvc, "nobody-" + i, "Wrong-pass" + i, office);
		}
		signIn(mvc, user.username(), PASSWORD, office).andExpect(authenticated());
	}

	@Test
	void strangersGuessesDoNotLockTheOwnerOutOfTheirKnownDevice() throws Exception {
		Cookie device = signIn(mvc, user.username(), PASSWORD, address()).andExpect(authenticated()).andReturn().getResponse()
			.getCookie(KnownDevices.COOKIE);
		assertThat(device).isNotNull();
		assertThat(device.isHttpOnly()).isTrue();
		String stranger = address();
		for (int i = 0; i < 25; i++) {
			signIn(mvc, user.username(), "Guess-pass" + i, stranger).andExpect(unauthenticated());
		}
		signIn(mvc, user.username(), PASSWORD, stranger).andExpect(unauthenticated());

		signIn(mvc, user.username(), PASSWORD, address(), new Cookie(KnownDevices.COOKIE, device.getValue() + "x"))
			.andExpect(redirectedUrl("/login?error=locked&minutes=15"));
		signIn(mvc, user.username(), "Guess-again1", address(), device).andExpect(redirectedUrl("/login?error=locked&minutes=15"));

		signIn(mvc, user.username(), PASSWORD, stranger, device).andExpect(authenticated());
	}

	@Test
	void aKnownDeviceLeftOnASharedComputerBuysNoMoreGuessesThanAnyBrowser() throws Exception {
		Cookie device = signIn(mvc, user.username(), PASSWORD, address()).andExpect(authenticated()).andReturn().getResponse()
			.getCookie(KnownDevices.COOKIE);
		for (int i = 0; i < KnownDevices.MAX_FAILURES; i++) {
			signIn(mvc, user.username(), "Guess-pass" + i, address(), device).andExpect(unauthenticated());
		}
		// the account is locked and the device has used up its own budget: the right password no longer passes
		signIn(mvc, user.username(), PASSWORD, address(), device).andExpect(redirectedUrl("/login?error=locked&minutes=15"));

		clock.advance(KnownDevices.FAILURE_WINDOW.plusSeconds(1));
		signIn(mvc, user.username(), PASSWORD, address(), device).andExpect(authenticated());
	}

	@Test
	void aPasswordResetForgetsTheKnownDevices() throws Exception {
		Cookie device = signIn(mvc, user.username(), PASSWORD, address()).andReturn().getResponse().getCookie(KnownDevices.COOKIE);
		TreeFixture.asSystem(() -> accounts.resetPassword(user.id(), "Reset-Pass9"));
		for (int i = 0; i < 5; i++) {
			signIn(mvc, user.username(), "Guess-pass" + i, address());
		}
		signIn(mvc, user.username(), "Reset-Pass9", address(), device).andExpect(redirectedUrl("/login?error=locked&minutes=15"));
	}

	@Test
	void anUnknownNameIsAnsweredExactlyLikeAKnownOne() throws Exception {
		String unknown = AccessFixture.unique("nobody");
		for (int i = 0; i < 7; i++) {
			String known = signIn(mvc, user.username(), "Wrong-pass" + i, address()).andReturn().getResponse().getRedirectedUrl();
			String none = signIn(mvc, unknown, "Wrong-pass" + i, address()).andReturn().getResponse().getRedirectedUrl();
			assertThat(none).as("attempt %d", i + 1).isEqualTo(known);
		}
		signIn(mvc, unknown, "Wrong-pass", address()).andExpect(redirectedUrl("/login?error=locked&minutes=15"));
		clock.advance(Duration.ofMinutes(15));
		signIn(mvc, unknown, "Wrong-pass", address()).andExpect(redirectedUrl("/login?error"));
	}

	@Test
	void aPasswordOverSeventyTwoBytesIsRefusedInWordsNotWithAnError() throws Exception {
		String tooLong = "宁".repeat(34) + "Aa1";
		signIn(mvc, user.username(), tooLong, address()).andExpect(redirectedUrl("/login?error"));
		MockHttpSession session = AccessFixture.session(mvc, user.username());
		mvc.perform(post("/password").session(session).with(csrf()).param("currentPassword", PASSWORD)
				.param("newPassword", tooLong).param("repeatPassword", tooLong))
			.andExpect(status().isOk()).andExpect(content().string(containsString("密码过长：最多 72 个字节")));
		mvc.perform(post("/password").session(session).with(csrf()).param("lang", "en").param("currentPassword", PASSWORD)
				.param("newPassword", tooLong).param("repeatPassword", tooLong))
			.andExpect(status().isOk()).andExpect(content().string(containsString("The password is too long: at most 72 bytes")));
	}

	@Test
	void commonAndUserDerivedPasswordsAreRefused() throws Exception {
		MockHttpSession session = AccessFixture.session(mvc, user.username());
		for (String weak : new String[] {"Password1", "Qwerty123", "Ninghua2026"}) {
			mvc.perform(post("/password").session(session).with(csrf()).param("currentPassword", PASSWORD)
					.param("newPassword", weak).param("repeatPassword", weak))
				.andExpect(status().isOk()).andExpect(content().string(containsString("密码太常见")));
		}
		mvc.perform(post("/password").session(session).with(csrf()).param("currentPassword", PASSWORD)
				.param("newPassword", user.username() + "-A1").param("repeatPassword", user.username() + "-A1"))
			.andExpect(status().isOk()).andExpect(content().string(containsString("密码不能包含用户名")));
		signIn(mvc, user.username(), PASSWORD, address()).andExpect(authenticated());
	}

	@Test
	void anInitialPasswordMustBeChangedBeforeAnyPage() throws Exception {
		UserView fresh = fixture.user(Role.TOWNSHIP_ADMIN, fixture.township("350424107"), true);
		MockHttpSession session = (MockHttpSession) signIn(mvc, fresh.username(), PASSWORD, address())
			.andExpect(redirectedUrl("/password")).andReturn().getRequest().getSession();

		mvc.perform(get("/organizations").session(session)).andExpect(redirectedUrl("/password"));
		mvc.perform(get("/password").session(session)).andExpect(status().isOk())
			.andExpect(content().string(containsString("您正在使用初始密码，请先设置自己的密码")));

		mvc.perform(post("/password").session(session).with(csrf()).param("currentPassword", PASSWORD)
				.param("newPassword", "password").param("repeatPassword", "password"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("密码不符合要求：至少 8 位，并包含大写字母、小写字母、数字、其他符号中的至少三类")));
		mvc.perform(get("/organizations").session(session)).andExpect(redirectedUrl("/password"));

		mvc.perform(post("/password").session(session).with(csrf()).param("currentPassword", PASSWORD)
				.param("newPassword", "Own-Choice-42").param("repeatPassword", "Own-Choice-42"))
			.andExpect(redirectedUrl("/profile"));
		mvc.perform(get("/organizations").session(session)).andExpect(status().isOk());
		assertThat(accounts.get(fresh.id()).mustChangePassword()).isFalse();
		signIn(mvc, fresh.username(), "Own-Choice-42", address()).andExpect(redirectedUrl("/"));
	}

	@Test
	void pagesCarryTheSecurityHeaders() throws Exception {
		mvc.perform(get("/login"))
			.andExpect(header().string("Content-Security-Policy", containsString("default-src 'self'")))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("X-Frame-Options", "DENY"))
			.andExpect(header().string("Referrer-Policy", "same-origin"))
			.andExpect(header().string("Permissions-Policy", containsString("camera=()")));
	}

	@Test
	void formsWithoutACsrfTokenAreRefused() throws Exception {
		mvc.perform(post("/login").param("username", user.username()).param("password", PASSWORD)).andExpect(status().isForbidden());
	}
}

package org.bastion.access.internal;

import static org.bastion.DemoTownships.ANLE;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import org.bastion.access.NewUser;
import org.bastion.access.Role;
import org.bastion.access.UserView;
import org.bastion.organization.OrganizationKind;
import org.bastion.organization.Organizations;
import org.bastion.organization.TreeFixture;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import jakarta.servlet.http.Cookie;

/**
 * Users with names no other test uses, made as the system; sign-ins from a given client address. A
 * bean: tests autowire it instead of making their own.
 */
@Component
class AccessFixture {

	static final String PASSWORD = "Initial-Pass1";
	static final String DEMO_PASSWORD = "test-Demo-2026";

	private final AccountService accounts;
	private final Organizations organizations;

	AccessFixture(AccountService accounts, Organizations organizations) {
		this.accounts = accounts;
		this.organizations = organizations;
	}

	static String unique(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

	/** A random private address, so that one test's failed sign-ins never throttle another's. */
	static String address() {
		return "10." + (int) (Math.random() * 250) + "." + (int) (Math.random() * 250) + "." + (1 + (int) (Math.random() * 250));
	}

	long township(String code) {
		return TreeFixture.asSystem(() -> organizations.tiedTo(code).stream()
			.filter(o -> o.kind() == OrganizationKind.TOWNSHIP_COMMITTEE).findFirst().orElseThrow().id());
	}

	/** A fresh 乡镇管理员 of 安乐镇 with the fixture's password. */
	UserView townshipAdministrator() {
		return user(Role.TOWNSHIP_ADMIN, township(ANLE), false);
	}

	UserView user(Role role, Long organizationId, boolean mustChange) {
		return TreeFixture.asSystem(() -> accounts.create(new NewUser(unique(role.name().toLowerCase().replace('_', '-')), "测试用户",
				null, organizationId, PASSWORD, EnumSet.of(role), Set.of(), mustChange)));
	}

	/** A session signed in through the login form with the fixture's password. */
	static MockHttpSession session(MockMvc mvc, String username) throws Exception {
		return (MockHttpSession) signIn(mvc, username, PASSWORD, address()).andExpect(authenticated()).andReturn().getRequest()
			.getSession();
	}

	static ResultActions signIn(MockMvc mvc, String username, String password, String address, Cookie... cookies) throws Exception {
		MockHttpServletRequestBuilder form = post("/login").param("username", username).param("password", password).with(csrf())
			.with(request -> {
				request.setRemoteAddr(address);
				return request;
			});
		return mvc.perform(cookies.length == 0 ? form : form.cookie(cookies));
	}
}

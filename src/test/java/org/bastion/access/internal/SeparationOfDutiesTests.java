package org.bastion.access.internal;

import org.bastion.MovableClock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.bastion.access.internal.AccessFixture.PASSWORD;
import static org.bastion.access.internal.AccessFixture.address;
import static org.bastion.access.internal.AccessFixture.session;
import static org.bastion.access.internal.AccessFixture.signIn;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.bastion.IntegrationTest;
import org.bastion.access.Role;
import org.bastion.access.UserView;
import org.bastion.audit.AuditLog;
import org.bastion.audit.AuditSearch;
import org.bastion.common.PageRequest;
import org.bastion.common.audit.AuditAction;
import org.bastion.organization.Organizations;
import org.bastion.organization.TreeFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpSession;

/** 三员分立: the separated administrators' roles stand alone, nobody changes their own, and nobody takes over another's account. */
@IntegrationTest
@Import(MovableClock.Config.class)
class SeparationOfDutiesTests extends AccessTestBase {

	@Autowired
	Organizations organizations;

	@Autowired
	AuditLog audit;
	UserView securityAdmin;
	UserView systemAdmin;
	UserView auditor;

	@BeforeEach
	void theThreeSeparatedAdministrators() {
		securityAdmin = fixture.user(Role.SECURITY_ADMIN, null, false);
		systemAdmin = fixture.user(Role.SYSTEM_ADMIN, null, false);
		auditor = fixture.user(Role.AUDIT_ADMIN, null, false);
	}

	@Test
	void theSecurityAdministratorCannotGiveThemselvesTheCountyAdministratorsRole() throws Exception {
		long county = TreeFixture.asSystem(() -> organizations.roots().get(0).id());
		mvc.perform(post("/admin/users/{id}/roles", securityAdmin.id()).session(session(mvc, securityAdmin.username())).with(csrf())
				.param("role", "SECURITY_ADMIN").param("role", "COUNTY_ADMIN").param("organizationId", Long.toString(county)))
			.andExpect(content().string(containsString("不能修改自己的角色和数据范围")));

		assertThat(accounts.get(securityAdmin.id()).roles()).containsExactly(Role.SECURITY_ADMIN);
		assertThat(accounts.get(securityAdmin.id()).organizationId()).isNull();
	}

	@Test
	void separatedRolesExcludeEachOtherAndEveryBusinessRole() throws Exception {
		MockHttpSession security = session(mvc, securityAdmin.username());
		long anle = fixture.township("350424107");
		UserView target = fixture.user(Role.GRID_WORKER, anle, false);

		mvc.perform(post("/admin/users/{id}/roles", target.id()).session(security).with(csrf()).param("role", "SYSTEM_ADMIN")
				.param("role", "SECURITY_ADMIN").param("role", "AUDIT_ADMIN"))
			.andExpect(status().isOk()).andExpect(content().string(containsString("三员分立")));
		mvc.perform(post("/admin/users/{id}/roles", target.id()).session(security).with(csrf()).param("role", "AUDIT_ADMIN")
				.param("role", "COUNTY_ADMIN").param("organizationId", Long.toString(anle)))
			.andExpect(status().isOk()).andExpect(content().string(containsString("三员分立")));
		assertThat(accounts.get(target.id()).roles()).containsExactly(Role.GRID_WORKER);

		assertThat(TreeFixture.asSystem(() -> new CreateAdminCommand(accounts, () -> "Chosen-Pass1")
			.run(List.of("--username", AccessFixture.unique("both"), "--roles", "SYSTEM_ADMIN,SECURITY_ADMIN")))).isEqualTo(1);
	}

	@Test
	void theSystemAdministratorCannotResetTheAuditorsPasswordToSignInAsThem() throws Exception {
		MockHttpSession system = session(mvc, systemAdmin.username());
		mvc.perform(post("/admin/users/{id}/password", auditor.id()).session(system).with(csrf()).param("password", "Taken-Over-7"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/admin/users/{id}/password", securityAdmin.id()).session(system).with(csrf()).param("password", "Taken-Over-7"))
			.andExpect(status().isForbidden());
		mvc.perform(get("/admin/users/{id}", auditor.id()).session(system))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("重置为新的初始密码"))));
		signIn(mvc, auditor.username(), "Taken-Over-7", address()).andExpect(redirectedUrl("/login?error"));
		signIn(mvc, auditor.username(), PASSWORD, address()).andExpect(authenticated());
	}

	@Test
	void aSeparatedAdministratorsPasswordIsResetByTheSecurityAdministratorAndAuditedAsSuch() throws Exception {
		MockHttpSession security = session(mvc, securityAdmin.username());
		mvc.perform(get("/admin/users/{id}", auditor.id()).session(security)).andExpect(content().string(containsString("重置为新的初始密码")));
		mvc.perform(post("/admin/users/{id}/password", auditor.id()).session(security).with(csrf())
				.param("password", "Handed-Over-7"))
			.andExpect(redirectedUrl("/admin/users/" + auditor.id()));

		assertThat(accounts.get(auditor.id()).mustChangePassword()).isTrue();
		assertThat(audit.search(new AuditSearch(securityAdmin.username(), AuditAction.UPDATE, "user", Long.toString(auditor.id()), null,
				null), new PageRequest(0, 10)).items())
			.singleElement().satisfies(entry -> assertThat(entry.detail())
				.contains("password of the separated administrator AUDIT_ADMIN reset by the security administrator"));
	}

	@Test
	void theSecurityAdministratorCannotTurnASeparatedAdministratorsAccountIntoAnotherRole() throws Exception {
		// having reset the auditor's password, the security administrator could sign in as them:
		// the account must never become a county administrator
		MockHttpSession security = session(mvc, securityAdmin.username());
		long county = TreeFixture.asSystem(() -> organizations.roots().get(0).id());
		mvc.perform(post("/admin/users/{id}/roles", auditor.id()).session(security).with(csrf())
				.param("role", "COUNTY_ADMIN").param("organizationId", Long.toString(county)))
			.andExpect(content().string(containsString("三员账号的角色不能变更")));
		assertThat(accounts.get(auditor.id()).roles()).containsExactly(Role.AUDIT_ADMIN);
		assertThat(accounts.get(auditor.id()).organizationId()).isNull();
	}

	@Test
	void aBusinessUsersPasswordIsNotTheSecurityAdministratorsToReset() throws Exception {
		UserView member = fixture.user(Role.MEMBER, fixture.township("350424107"), false);
		mvc.perform(post("/admin/users/{id}/password", member.id()).session(session(mvc, securityAdmin.username())).with(csrf())
				.param("password", "Handed-Over-7"))
			.andExpect(status().isForbidden());
		assertThat(accounts.get(member.id()).mustChangePassword()).isFalse();
	}

	@Test
	void nobodyResetsTheirOwnPasswordThroughAdministration() throws Exception {
		mvc.perform(post("/admin/users/{id}/password", systemAdmin.id()).session(session(mvc, systemAdmin.username())).with(csrf())
				.param("password", "Own-Reset-77"))
			.andExpect(status().isForbidden());
		assertThat(accounts.get(systemAdmin.id()).mustChangePassword()).isFalse();
	}
}

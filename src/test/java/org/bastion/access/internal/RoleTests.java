package org.bastion.access.internal;

import org.bastion.MovableClock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.bastion.access.internal.AccessFixture.DEMO_PASSWORD;
import static org.bastion.access.internal.AccessFixture.address;
import static org.bastion.access.internal.AccessFixture.signIn;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.EnumSet;

import org.bastion.IntegrationTest;
import org.bastion.access.Role;
import org.bastion.access.UserView;
import org.bastion.audit.AuditLog;
import org.bastion.audit.AuditSearch;
import org.bastion.common.audit.AuditAction;
import org.bastion.common.security.Authorities;
import org.bastion.organization.Organizations;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpSession;

/** What each role may do, signed in through the login form as the demo users. */
@IntegrationTest
@Import(MovableClock.Config.class)
class RoleTests extends AccessTestBase {

	@Autowired
	Organizations organizations;

	@Autowired
	AuditLog audit;

	MockHttpSession as(String username) throws Exception {
		return (MockHttpSession) signIn(mvc, username, DEMO_PASSWORD, address()).andExpect(redirectedUrl("/")).andReturn()
			.getRequest().getSession();
	}

	@Test
	void theSystemAdministratorManagesUsersButSeesNoBusinessDataNorTheAuditTrail() throws Exception {
		MockHttpSession sysadmin = as("sysadmin");
		mvc.perform(get("/admin/users").session(sysadmin)).andExpect(status().isOk())
			.andExpect(content().string(containsString("anle-admin")));
		mvc.perform(get("/organizations").session(sysadmin)).andExpect(status().isForbidden());
		mvc.perform(get("/organizations/{id}", organizations.subtreeIds(fixture.township("350424107")).get(0))
			.session(sysadmin)).andExpect(status().isForbidden());
		mvc.perform(get("/audit").session(sysadmin)).andExpect(status().isForbidden());
		mvc.perform(post("/organizations/new").session(sysadmin).with(csrf()).param("name", "x").param("kind", "VILLAGE_BRANCH"))
			.andExpect(status().isForbidden());
	}

	@Test
	void theAuditAdministratorReadsTheAuditTrailAndChangesNothing() throws Exception {
		MockHttpSession auditor = as("auditor");
		mvc.perform(get("/audit").session(auditor)).andExpect(status().isOk());
		mvc.perform(get("/admin/users").session(auditor)).andExpect(status().isForbidden());
		mvc.perform(get("/organizations").session(auditor)).andExpect(status().isForbidden());
		mvc.perform(post("/organizations/new").session(auditor).with(csrf()).param("name", "x").param("kind", "VILLAGE_BRANCH"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/admin/users/new").session(auditor).with(csrf()).param("username", "x1").param("displayName", "x")
			.param("password", "Abcdefg-1")).andExpect(status().isForbidden());
	}

	@Test
	void onlyTheSystemAdministratorCreatesUsersAndOnlyTheSecurityAdministratorAssignsRoles() throws Exception {
		MockHttpSession sysadmin = as("sysadmin");
		MockHttpSession secadmin = as("secadmin");
		String name = AccessFixture.unique("new");

		mvc.perform(post("/admin/users/new").session(secadmin).with(csrf()).param("username", name).param("displayName", "新用户")
			.param("password", "Abcdefg-1")).andExpect(status().isForbidden());
		mvc.perform(post("/admin/users/new").session(sysadmin).with(csrf()).param("username", name).param("displayName", "新用户")
			.param("password", "weak")).andExpect(status().isOk())
			.andExpect(content().string(containsString("密码不符合要求")));
		mvc.perform(post("/admin/users/new").session(sysadmin).with(csrf()).param("username", name).param("displayName", "新用户")
			.param("password", "Abcdefg-1")).andExpect(status().is3xxRedirection());
		UserView created = accounts.find(name).orElseThrow();
		assertThat(created.roles()).isEmpty();
		assertThat(created.mustChangePassword()).isTrue();

		long anle = fixture.township("350424107");
		mvc.perform(post("/admin/users/{id}/roles", created.id()).session(sysadmin).with(csrf()).param("role", "TOWNSHIP_ADMIN")
			.param("organizationId", Long.toString(anle))).andExpect(status().isForbidden());
		mvc.perform(post("/admin/users/{id}/roles", created.id()).session(secadmin).with(csrf()).param("role", "TOWNSHIP_ADMIN"))
			.andExpect(status().isOk()).andExpect(content().string(containsString("业务角色须指定所属党组织")));
		mvc.perform(post("/admin/users/{id}/roles", created.id()).session(secadmin).with(csrf()).param("role", "TOWNSHIP_ADMIN")
			.param("organizationId", Long.toString(anle))).andExpect(redirectedUrl("/admin/users/" + created.id()));
		assertThat(accounts.get(created.id()).roles()).containsExactly(Role.TOWNSHIP_ADMIN);
		assertThat(accounts.get(created.id()).organizationId()).isEqualTo(anle);
		assertThat(audit.count(new AuditSearch("secadmin", AuditAction.PERMISSION_CHANGE, "user", Long.toString(created.id()), null, null)))
			.isEqualTo(1);
		assertThat(audit.count(new AuditSearch("sysadmin", AuditAction.CREATE, "user", Long.toString(created.id()), null, null)))
			.isEqualTo(1);
	}

	@Test
	void aResetPasswordMustBeChangedAndUnlocks() throws Exception {
		MockHttpSession sysadmin = as("sysadmin");
		UserView user = fixture.user(Role.GRID_WORKER,
				fixture.township("350424107"), false);
		mvc.perform(post("/admin/users/{id}/password", user.id()).session(sysadmin).with(csrf()).param("password", "Reset-Pass9"))
			.andExpect(redirectedUrl("/admin/users/" + user.id()));
		assertThat(accounts.get(user.id()).mustChangePassword()).isTrue();
		signIn(mvc, user.username(), "Reset-Pass9", address()).andExpect(redirectedUrl("/password"));
	}

	@Test
	void aTownshipAdministratorSeesTheirTownshipsTreeAndNoUserAdministration() throws Exception {
		MockHttpSession anle = as("anle-admin");
		mvc.perform(get("/organizations").session(anle)).andExpect(status().isOk())
			.andExpect(content().string(containsString("中共宁化县安乐镇委员会")))
			.andExpect(content().string(not(containsString("中共宁化县翠江镇委员会"))));
		mvc.perform(get("/admin/users").session(anle)).andExpect(status().isForbidden());
		mvc.perform(get("/audit").session(anle)).andExpect(status().isForbidden());
	}

	@Test
	void theSeparatedAdministratorsHoldNoBusinessAuthority() {
		for (Role role : EnumSet.of(Role.SYSTEM_ADMIN, Role.SECURITY_ADMIN, Role.AUDIT_ADMIN)) {
			assertThat(role.authorities()).as(role.name()).doesNotContain(Authorities.PERSON_READ, Authorities.ORGANIZATION_READ,
					Authorities.HOUSEHOLD_READ, Authorities.EXPORT, Authorities.IMPORT);
			assertThat(role.business()).isFalse();
		}
		assertThat(Role.AUDIT_ADMIN.authorities()).containsExactly(Authorities.AUDIT_READ);
		assertThat(Role.MEMBER.authorities()).noneMatch(a -> a.endsWith(":write"));
	}
}

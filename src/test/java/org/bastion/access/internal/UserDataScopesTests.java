package org.bastion.access.internal;

import org.bastion.MovableClock;
import static org.bastion.DemoTownships.ANLE;
import static org.bastion.DemoTownships.CUIJIANG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Set;

import org.bastion.IntegrationTest;
import org.bastion.access.NewUser;
import org.bastion.access.Role;
import org.bastion.access.UserView;
import org.bastion.common.DomainException;
import org.bastion.common.scope.DataScope;
import org.bastion.common.scope.ScopeBinding;
import org.bastion.organization.OrganizationKind;
import org.bastion.organization.OrganizationView;
import org.bastion.organization.Organizations;
import org.bastion.organization.TreeFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/** The demo users' scopes, computed from the tree as it is now. */
@IntegrationTest
@Import(MovableClock.Config.class)
class UserDataScopesTests {

	@Autowired
	UserDataScopes scopes;

	@Autowired
	Organizations organizations;

	@Autowired
	AccessFixture accessFixture;

	@Autowired
	AccountService accounts;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	long anle;
	long cuijiang;
	TreeFixture fixture;
	OrganizationView moving;

	@BeforeEach
	void townships() {
		anle = accessFixture.township(ANLE);
		cuijiang = accessFixture.township(CUIJIANG);
		fixture = new TreeFixture(organizations);
	}

	@AfterEach
	void dissolveWhatWasMade() {
		if (moving != null) {
			TreeFixture.asSystem(() -> organizations.dissolve(moving.id(), null));
		}
	}

	@Test
	void aScopePinnedToTheThreadIsAnsweredExactlyEvenOutsideAnyRequestAndUnpinnedAfterwards() {
		DataScope anleScope = scopes.scopeOf("anle-admin");
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		RequestContextHolder.resetRequestAttributes();
		try {
			assertThat(scopes.current().unrestricted()).isTrue();
			assertThat(ScopeBinding.callWith(anleScope, scopes::current)).isEqualTo(anleScope);
			assertThat(scopes.current().unrestricted()).isTrue();
		}
		finally {
			RequestContextHolder.setRequestAttributes(request);
		}
	}

	@Test
	void aTownshipAdministratorSeesTheTownshipsSubtreeAndItsDivisionsAndNothingOfAnother() {
		DataScope scope = scopes.scopeOf("anle-admin");

		assertThat(scope.unrestricted()).isFalse();
		assertThat(scope.organizationIds()).containsExactlyInAnyOrderElementsOf(organizations.subtreeIds(anle));
		assertThat(scope.organizationIds()).hasSizeGreaterThan(10);
		assertThat(scope.divisionPrefixes()).containsExactly(ANLE);
		assertThat(scope.organizationIds()).doesNotContainAnyElementsOf(organizations.subtreeIds(cuijiang));
		assertThat(scope.coversDivision("350424100201")).isFalse();
		assertThat(scope.coversDivision("350424107201")).isTrue();
	}

	@Test
	void movingABranchFromAnleToCuijiangChangesBothScopesAtOnce() {
		moving = fixture.under("迁移测试支部", OrganizationKind.NON_PUBLIC_ENTERPRISE, TreeFixture.asSystem(() -> organizations.get(anle)));
		assertThat(scopes.scopeOf("anle-admin").coversOrganization(moving.id())).isTrue();
		assertThat(scopes.scopeOf("cuijiang-admin").coversOrganization(moving.id())).isFalse();

		TreeFixture.asSystem(() -> organizations.move(moving.id(), cuijiang));

		assertThat(scopes.scopeOf("anle-admin").coversOrganization(moving.id())).isFalse();
		assertThat(scopes.scopeOf("cuijiang-admin").coversOrganization(moving.id())).isTrue();
	}

	@Test
	void theCountyAdministratorSeesTheWholeCounty() {
		DataScope scope = scopes.scopeOf("county-admin");
		assertThat(scope.organizationIds()).containsAll(organizations.subtreeIds(anle)).containsAll(organizations.subtreeIds(cuijiang));
		assertThat(scope.divisionPrefixes()).containsExactly("350424");
	}

	@Test
	void aMemberSeesThemselfAndTheirOwnBranchOnly() {
		UserView member = accounts.find("member").orElseThrow();
		DataScope scope = scopes.scopeOf("member");

		assertThat(scope.organizationIds()).containsExactly(member.organizationId());
		assertThat(scope.personIds()).containsExactly(member.personId());
		assertThat(scope.divisionPrefixes()).isEmpty();
		assertThat(organizations.isWithin(member.organizationId(), anle)).isTrue();
	}

	@Test
	void extraSubtreesAddToTheScope() {
		UserView user = TreeFixture.asSystem(() -> accounts.create(new NewUser(AccessFixture.unique("both"), "两镇", null, anle,
				AccessFixture.PASSWORD, Set.of(Role.TOWNSHIP_ADMIN), Set.of(cuijiang), false)));
		DataScope scope = scopes.scopeOf(user.username());
		assertThat(scope.organizationIds()).containsAll(organizations.subtreeIds(cuijiang)).containsAll(organizations.subtreeIds(anle));
		assertThat(scope.divisionPrefixes()).containsExactlyInAnyOrder(ANLE, CUIJIANG);
	}

	@Test
	void aBranchTiedToTheCountyGivesTheTownshipAdministratorNothingBeyondTheTownship() {
		long branch = organizations.subtreeIds(anle).get(1);
		String code = jdbc.sql("select division_code from party_organization where id = ?").param(branch).query(String.class).single();
		try {
			// data stored before the rule held, or written past it: the scope still ends at the township's division
			jdbc.sql("update party_organization set division_code = '350424' where id = ?").param(branch).update();
			assertThat(scopes.scopeOf("anle-admin").divisionPrefixes()).containsExactly(ANLE);
		}
		finally {
			jdbc.sql("update party_organization set division_code = ? where id = ?").params(code, branch).update();
		}
	}

	@Test
	void aScopedUserCannotMoveTheTopOfTheirOwnScope() {
		UserView user = TreeFixture.asSystem(() -> accounts.create(new NewUser(AccessFixture.unique("tops"), "两镇", null, anle,
				AccessFixture.PASSWORD, Set.of(Role.TOWNSHIP_ADMIN), Set.of(cuijiang), false)));
		long countyCommittee = TreeFixture.asSystem(() -> organizations.get(cuijiang).parentId());
		SecurityContextHolder.getContext().setAuthentication(
				UsernamePasswordAuthenticationToken.authenticated(user.username(), null, List.of()));
		try {
			assertThatThrownBy(() -> organizations.move(cuijiang, anle)).isInstanceOfSatisfying(DomainException.class,
					ex -> assertThat(ex.faults()).extracting(DomainException.FieldFault::messageKey)
						.containsExactly("organization.move.scopeTop"));
		}
		finally {
			SecurityContextHolder.clearContext();
			TreeFixture.asSystem(() -> {
				if (organizations.get(cuijiang).parentId() != countyCommittee) {
					organizations.move(cuijiang, countyCommittee);
				}
			});
		}
		assertThat(TreeFixture.asSystem(() -> organizations.get(cuijiang).parentId())).isEqualTo(countyCommittee);
	}

	@Test
	void theSeparatedAdministratorsAndDisabledOrUnknownUsersHaveNoBusinessData() {
		for (String name : List.of("sysadmin", "secadmin", "auditor", "no-such-user")) {
			assertThat(scopes.scopeOf(name).isEmpty()).as(name).isTrue();
		}
		UserView disabled = accessFixture.user(Role.TOWNSHIP_ADMIN, anle, false);
		accounts.setEnabled(disabled.id(), false);
		assertThat(scopes.scopeOf(disabled.username()).isEmpty()).isTrue();
	}

	@Test
	void outsideARequestTheSystemSeesEverythingAndAnAnonymousRequestNothing() {
		assertThat(TreeFixture.asSystem(() -> scopes.current().unrestricted())).isTrue();
		SecurityContextHolder.getContext().setAuthentication(
				new AnonymousAuthenticationToken("key", "anonymousUser", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
		try {
			assertThat(RequestContextHolder.getRequestAttributes()).isNotNull();
			assertThat(scopes.current().isEmpty()).isTrue();
			SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated("admin", null, List.of()));
			assertThat(scopes.current().unrestricted()).isTrue();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	@Test
	@WithMockUser(username = "anle-admin", authorities = "organization:read")
	void inARequestTheUsersScopeDecidesWhatTheApiShows() throws Exception {
		long cuijiangBranch = organizations.subtreeIds(cuijiang).get(1);
		long anleBranch = organizations.subtreeIds(anle).get(1);
		mvc.perform(get("/api/v1/organizations/{id}", anleBranch)).andExpect(status().isOk());
		mvc.perform(get("/api/v1/organizations/{id}", cuijiangBranch)).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/organizations/{id}", cuijiang)).andExpect(status().isNotFound());
	}
}

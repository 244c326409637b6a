package org.bastion.people.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.bastion.IntegrationTest;
import org.bastion.access.Role;
import org.bastion.people.People;
import org.bastion.people.PersonView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.UserRequestPostProcessor;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The demo's {@code member} (党员 of an 安乐镇 village branch, with the real data scope of the access
 * module) reads their own record and of their branch only its roster of names, as docs/security.md
 * says.
 */
@IntegrationTest
class MemberReachTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	People people;

	UserRequestPostProcessor member() {
		return user("member").authorities(Role.MEMBER.authorities().stream().map(SimpleGrantedAuthority::new).toList());
	}

	long self() {
		return jdbc.sql("select person_id from app_user where username = 'member'").query(Long.class).single();
	}

	long branch() {
		return jdbc.sql("select organization_id from app_user where username = 'member'").query(Long.class).single();
	}

	List<Long> othersOfTheBranch() {
		return jdbc.sql("select id from person where organization_id = :branch and id <> :self order by id")
			.param("branch", branch()).param("self", self()).query(Long.class).list();
	}

	@Test
	void aMemberListsOnlyThemselfNotTheOtherMembersOfTheirBranch() throws Exception {
		assertThat(othersOfTheBranch()).isNotEmpty();
		mvc.perform(get("/api/v1/people?size=200").with(member()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.items[0].id").value(self()))
			.andExpect(jsonPath("$.items[0].maskedIdNumber").exists());
	}

	@Test
	void aMemberCannotReadTheRecordOfAnotherMemberOfTheirBranch() throws Exception {
		for (long other : othersOfTheBranch()) {
			mvc.perform(get("/api/v1/people/{id}", other).with(member())).andExpect(status().isNotFound());
		}
		mvc.perform(get("/api/v1/people/{id}", self()).with(member())).andExpect(status().isOk());
	}

	@Test
	void aMemberSeesTheirBranchAsItsRosterOfNamesOnly() throws Exception {
		long other = othersOfTheBranch().get(0);
		String name = jdbc.sql("select name from person where id = :id").param("id", other).query(String.class).single();
		mvc.perform(get("/people/fragments/organization/{id}/members", branch()).with(member()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(name)))
			.andExpect(content().string(not(containsString("/people/" + other))))
			.andExpect(content().string(not(containsString("入党日期"))));
	}

	@Test
	void aMembersRosterCarriesNothingOfTheOthersRecordsBeyondTheirNames() {
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("member", null,
				Role.MEMBER.authorities().stream().map(SimpleGrantedAuthority::new).toList()));
		SecurityContextHolder.setContext(context);
		try {
			List<PersonView> roster = people.membersOf(branch());
			assertThat(roster).isNotEmpty().allSatisfy(p -> {
				assertThat(p.name()).isNotBlank();
				assertThat(p.maskedIdNumber()).isNull();
				assertThat(p.maskedMobile()).isNull();
				assertThat(p.birthDate()).isNull();
				assertThat(p.joinedPartyOn()).isNull();
			});
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}
}

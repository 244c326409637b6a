package org.bastion.organization.web;

import static org.bastion.DemoTownships.ANLE;
import static org.bastion.DemoTownships.CUIJIANG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;

import org.bastion.IntegrationTest;
import org.bastion.organization.Organizations;
import org.bastion.organization.TreeFixture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.json.JsonMapper;

/**
 * The township administrator of 安乐镇 ({@code anle-admin}, scope computed from the real tree) tries
 * every organization write that would tie their scope to more land than 安乐镇 — the county, the
 * province, a village of 翠江镇 — and every one is refused with nothing written.
 */
@IntegrationTest
@WithMockUser(username = "anle-admin", authorities = {"organization:read", "organization:write", "person:read",
		"household:read"})
class DivisionScopeTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Organizations organizations;

	final JsonMapper json = JsonMapper.builder().build();

	long committee(String code) {
		return jdbc.sql("select id from party_organization where kind = 'TOWNSHIP_COMMITTEE' and division_code = ?"
				+ " and parent_id in (select id from party_organization where kind = 'COUNTY_COMMITTEE' and division_code = '350424')")
			.param(code).query(Long.class).single();
	}

	List<Long> villageBranches(String township) {
		return jdbc.sql("select id from party_organization where kind in ('VILLAGE_BRANCH', 'VILLAGE_GENERAL_BRANCH')"
				+ " and division_code like ? and not dissolved order by id").param(township + "%").query(Long.class).list();
	}

	String cuijiangVillage() {
		return jdbc.sql("select code from division where code like ? and length(code) = 12 order by code limit 1")
			.param(CUIJIANG + "%").query(String.class).single();
	}

	long personsInScope() throws Exception {
		return json.readTree(mvc.perform(get("/api/v1/people?size=1")).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString()).get("total").asLong();
	}

	String division(long id) {
		return jdbc.sql("select division_code from party_organization where id = ?").param(id).query(String.class).single();
	}

	long version(long id) {
		return jdbc.sql("select version from party_organization where id = ?").param(id).query(Long.class).single();
	}

	@Test
	void aTownshipAdminCannotTieAnOrganizationToADivisionOutsideItsParent() throws Exception {
		long anle = committee(ANLE);
		long before = personsInScope();
		for (String code : List.of("350424", "35", cuijiangVillage())) {
			String name = "越权区划支部" + code;
			mvc.perform(post("/api/v1/organizations").contentType(MediaType.APPLICATION_JSON)
				.content(json.writeValueAsString(Map.of("name", name, "kind", "NON_PUBLIC_ENTERPRISE", "divisionCode", code,
						"parentId", anle))))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("divisionCode"))
				.andExpect(jsonPath("$.errors[0].message").value("行政区划 " + code + " 不在上级党组织的行政区划 " + ANLE + " 之内"));
			assertThat(jdbc.sql("select count(*) from party_organization where name = ?").param(name).query(Long.class).single())
				.as(code).isZero();
		}
		assertThat(personsInScope()).isEqualTo(before);
	}

	@Test
	void aTownshipAdminCannotChangeTheDivisionOfTheirOwnTownshipCommittee() throws Exception {
		long anle = committee(ANLE);
		String name = jdbc.sql("select name from party_organization where id = ?").param(anle).query(String.class).single();
		long version = version(anle);
		mvc.perform(put("/api/v1/organizations/{id}", anle).contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(Map.of("name", name, "divisionCode", "350424", "version", version))))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("divisionCode"));
		assertThat(division(anle)).isEqualTo(ANLE);
		assertThat(version(anle)).isEqualTo(version);
	}

	@Test
	void aTownshipAdminCannotReviseABranchToADivisionOutsideItsTownship() throws Exception {
		long branch = villageBranches(ANLE).get(0);
		String code = division(branch);
		String name = jdbc.sql("select name from party_organization where id = ?").param(branch).query(String.class).single();
		for (String wider : List.of(cuijiangVillage(), "350424")) {
			mvc.perform(put("/api/v1/organizations/{id}", branch).contentType(MediaType.APPLICATION_JSON)
				.content(json.writeValueAsString(Map.of("name", name, "divisionCode", wider, "version", version(branch)))))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("divisionCode"));
		}
		assertThat(division(branch)).isEqualTo(code);
	}

	@Test
	void aMoveMayNotPutAnOrganizationUnderAParentWhoseDivisionDoesNotContainIt() throws Exception {
		List<Long> branches = villageBranches(ANLE);
		long moving = branches.get(0);
		long otherVillage = branches.get(1);
		long parent = jdbc.sql("select parent_id from party_organization where id = ?").param(moving).query(Long.class).single();
		try {
			mvc.perform(post("/api/v1/organizations/{id}/move", moving).contentType(MediaType.APPLICATION_JSON)
				.content("{\"newParentId\":" + otherVillage + "}"))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("newParentId"));
			assertThat(jdbc.sql("select parent_id from party_organization where id = ?").param(moving).query(Long.class).single())
				.isEqualTo(parent);
		}
		finally {
			TreeFixture.asSystem(() -> {
				if (!organizations.get(moving).parentId().equals(parent)) {
					organizations.move(moving, parent);
				}
			});
		}
	}

	@Test
	void aTownshipAdminGivesPostsOnlyToPersonsOfTheirScope() throws Exception {
		long anle = committee(ANLE);
		long outsider = jdbc.sql("""
				select id from person where household_division_code like :township and (organization_id is null
				  or organization_id in (select descendant_id from organization_closure where ancestor_id = :committee))
				order by id limit 1""").param("township", CUIJIANG + "%").param("committee", committee(CUIJIANG))
			.query(Long.class).single();
		mvc.perform(post("/api/v1/organizations/{id}/positions", anle).contentType(MediaType.APPLICATION_JSON)
			.content("{\"personId\":" + outsider + ",\"role\":\"COMMITTEE_MEMBER\",\"since\":\"2026-01-05\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("personId"));
		assertThat(jdbc.sql("select count(*) from party_position where person_id = ? and organization_id = ?")
			.params(outsider, anle).query(Long.class).single()).isZero();
		mvc.perform(get("/api/v1/people/{id}", outsider)).andExpect(status().isNotFound());
	}
}

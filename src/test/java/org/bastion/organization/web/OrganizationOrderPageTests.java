package org.bastion.organization.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.bastion.IntegrationTest;
import org.bastion.organization.OrganizationView;
import org.bastion.organization.Organizations;
import org.bastion.organization.TreeFixture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

/** 排序号 on the edit form puts an organization where the county wants it among its siblings. */
@IntegrationTest
@WithMockUser(username = "admin", authorities = {"organization:read", "organization:write"})
class OrganizationOrderPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Organizations organizations;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anExplicitSortOrderPutsAnOrganizationFirstAmongItsSiblingsAndIsAudited() throws Exception {
		TreeFixture fixture = new TreeFixture(organizations);
		OrganizationView county = fixture.county("排序县委");
		OrganizationView second = fixture.township("第二镇党委", county);
		OrganizationView first = fixture.township("第一镇党委", county);
		OrganizationView eleventh = fixture.township("第十一镇党委", county);
		assertThat(organizations.children(county.id())).extracting(OrganizationView::name)
			.containsExactly(first.name(), second.name(), eleventh.name());

		long version = jdbc.sql("select version from party_organization where id = ?").param(eleventh.id()).query(Long.class).single();
		mvc.perform(post("/organizations/{id}/edit", eleventh.id()).with(csrf()).param("name", eleventh.name()).param("kind", "TOWNSHIP_COMMITTEE")
			.param("version", String.valueOf(version)).param("sortOrder", "1"))
			.andExpect(status().is3xxRedirection());
		String children = mvc.perform(get("/organizations/{id}/children-fragment", county.id())).andReturn().getResponse()
			.getContentAsString();
		assertThat(children.indexOf(eleventh.name())).isPositive().isLessThan(children.indexOf(first.name()));
		assertThat(children.indexOf(first.name())).isLessThan(children.indexOf(second.name()));
		assertThat(jdbc.sql("select count(*) from audit_entry where entity_type = 'organization' and entity_id = ?"
				+ " and after_json like '%sortOrder%'").param(String.valueOf(eleventh.id())).query(Long.class).single()).isOne();

		String form = mvc.perform(get("/organizations/{id}/edit", eleventh.id())).andReturn().getResponse().getContentAsString();
		assertThat(form).contains("id=\"sortOrder\"").contains("value=\"1\"");
		mvc.perform(post("/organizations/{id}/edit", eleventh.id()).with(csrf()).param("name", eleventh.name()).param("kind", "TOWNSHIP_COMMITTEE")
			.param("version", String.valueOf(version + 1)).param("sortOrder", "0"))
			.andExpect(status().isOk());
	}
}

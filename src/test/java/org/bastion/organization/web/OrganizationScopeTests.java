package org.bastion.organization.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bastion.SwitchedDataScopes.scope;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.bastion.IntegrationTest;
import org.bastion.SwitchedScopeSupport;
import org.bastion.common.PageRequest;
import org.bastion.common.audit.AuditAction;
import org.bastion.common.audit.AuditEvent;
import org.bastion.common.scope.DataScope;
import org.bastion.common.scope.DataScopes;
import org.bastion.organization.OrganizationKind;
import org.bastion.organization.OrganizationSearch;
import org.bastion.organization.OrganizationView;
import org.bastion.organization.Organizations;
import org.bastion.organization.TreeFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A user whose data scope is 中共宁化县安乐镇委员会 and its subtree, in the API and the pages alike.
 * A test double replaces the access module's {@link DataScopes}; like the real one, it computes the
 * scope afresh from the closure table whenever it is asked.
 */
@IntegrationTest
@RecordApplicationEvents
@WithMockUser(authorities = {"organization:read", "organization:write"})
class OrganizationScopeTests extends SwitchedScopeSupport {

	private static final String ANLE = "中共宁化县安乐镇委员会";
	private static final String CUIJIANG = "中共宁化县翠江镇委员会";
	private static final String COUNTY = "中共宁化县委员会";

	@Autowired
	MockMvc mvc;

	@Autowired
	Organizations organizations;

	@Autowired
	ApplicationEvents events;

	TreeFixture fixture;
	OrganizationView anle;
	OrganizationView cuijiang;
	OrganizationView anleBranch;
	OrganizationView cuijiangBranch;
	final List<OrganizationView> made = new ArrayList<>();

	@BeforeEach
	void anleScope() {
		fixture = new TreeFixture(organizations);
		anle = named(ANLE);
		cuijiang = named(CUIJIANG);
		// enterprise branches: the demo's counts of village and organ branches stay as they are
		anleBranch = make("安乐测试企业支部", anle);
		cuijiangBranch = make("翠江测试企业支部", cuijiang);
		scope = () -> DataScope.of(organizations.subtreeIds(anle.id()), Set.of());
	}

	@AfterEach
	void dissolveWhatWasMade() {
		scope = DataScope::everything;
		for (int i = made.size() - 1; i >= 0; i--) {
			OrganizationView o = organizations.get(made.get(i).id());
			if (!o.dissolved()) {
				organizations.dissolve(o.id(), null);
			}
		}
	}

	@Test
	void theApiListsAndSearchesOnlyTheOrganizationsOfTheScope() throws Exception {
		long inScope = organizations.findAll(organizations.subtreeIds(anle.id())).values().stream()
			.filter(o -> !o.dissolved()).count();

		mvc.perform(get("/api/v1/organizations").param("size", "200"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(inScope))
			.andExpect(content().string(not(containsString(CUIJIANG))))
			.andExpect(content().string(not(containsString(COUNTY))));
		mvc.perform(get("/api/v1/organizations").param("q", fixture.tag()))
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.items[0].id").value(anleBranch.id()));
		mvc.perform(get("/api/v1/organizations").param("q", "翠江镇"))
			.andExpect(jsonPath("$.total").value(0));
	}

	@Test
	void theApiCountsOnlyWithinTheScopeAndShowsPathsFromItsTop() throws Exception {
		mvc.perform(get("/api/v1/organizations/{id}/descendants-by-kind", anle.id()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.NON_PUBLIC_ENTERPRISE").value(1));
		mvc.perform(get("/api/v1/organizations/{id}/descendants-by-kind", countyId()))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/organizations/{id}/path", anleBranch.id()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(2))
			.andExpect(jsonPath("$[0].name").value(ANLE));
	}

	@Test
	void theTreePageShowsAnleAsTheOnlyRoot() throws Exception {
		mvc.perform(get("/organizations"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(ANLE)))
			.andExpect(content().string(not(containsString(COUNTY))))
			.andExpect(content().string(not(containsString(CUIJIANG))));
		mvc.perform(get("/organizations").param("q", "翠江"))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(cuijiangBranch.name()))));
	}

	@Test
	void aCuijiangBranchIsNotFoundInTheApi() throws Exception {
		for (String path : List.of("", "/path", "/children", "/positions", "/descendants-by-kind")) {
			mvc.perform(get("/api/v1/organizations/" + cuijiangBranch.id() + path))
				.andExpect(status().isNotFound())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		}
	}

	@Test
	void aCuijiangBranchIsNotFoundInThePages() throws Exception {
		mvc.perform(get("/organizations/{id}", cuijiangBranch.id())).andExpect(status().isNotFound());
		mvc.perform(get("/organizations/{id}/children-fragment", cuijiangBranch.id())).andExpect(status().isNotFound());
	}

	@Test
	void changingCuijiangsOrganizationsThroughTheApiIsForbidden() throws Exception {
		forbidden(json(put("/api/v1/organizations/{id}", cuijiangBranch.id()), "{\"name\": \"改名\", \"version\": 0}"));
		forbidden(json(post("/api/v1/organizations/{id}/move", cuijiangBranch.id()), "{\"newParentId\": %d}".formatted(anle.id())));
		forbidden(json(post("/api/v1/organizations/{id}/move", anleBranch.id()),
				"{\"newParentId\": %d}".formatted(cuijiangBranch.id())));
		forbidden(json(post("/api/v1/organizations/{id}/dissolve", cuijiangBranch.id()), "{}"));
		forbidden(json(post("/api/v1/organizations/{id}/dissolve", anleBranch.id()),
				"{\"transferToId\": %d}".formatted(cuijiangBranch.id())));
		forbidden(json(post("/api/v1/organizations"),
				"{\"name\": \"越界支部\", \"kind\": \"NON_PUBLIC_ENTERPRISE\", \"parentId\": %d}".formatted(cuijiang.id())));
		forbidden(json(post("/api/v1/organizations"), "{\"name\": \"新县委\", \"kind\": \"COUNTY_COMMITTEE\"}"));
		forbidden(json(post("/api/v1/organizations/{id}/positions", cuijiangBranch.id()),
				"{\"personId\": 1, \"role\": \"COMMITTEE_MEMBER\", \"since\": \"2024-01-01\"}"));

		scope = DataScope::everything;
		OrganizationView unchanged = organizations.get(cuijiangBranch.id());
		assertThat(unchanged.name()).isEqualTo(cuijiangBranch.name());
		assertThat(unchanged.parentId()).isEqualTo(cuijiang.id());
		assertThat(unchanged.dissolved()).isFalse();
		assertThat(organizations.get(anleBranch.id()).parentId()).isEqualTo(anle.id());
	}

	@Test
	void changingCuijiangsOrganizationsThroughThePagesIsForbiddenWithAChinesePage() throws Exception {
		mvc.perform(post("/organizations/{id}/edit", cuijiangBranch.id()).with(csrf()).param("name", "改名").param("version", "0"))
			.andExpect(status().isForbidden())
			.andExpect(content().string(containsString("无权操作")));
		mvc.perform(post("/organizations/{id}/move", cuijiangBranch.id()).with(csrf()).param("newParentId",
				String.valueOf(anle.id()))).andExpect(status().isForbidden());
		mvc.perform(post("/organizations/{id}/move", anleBranch.id()).with(csrf()).param("newParentId",
				String.valueOf(cuijiangBranch.id()))).andExpect(status().isForbidden());
		mvc.perform(post("/organizations/{id}/dissolve", cuijiangBranch.id()).with(csrf())).andExpect(status().isForbidden());
		mvc.perform(post("/organizations/new").with(csrf()).param("name", "越界支部").param("kind", "NON_PUBLIC_ENTERPRISE")
				.param("parentId", String.valueOf(cuijiang.id()))).andExpect(status().isForbidden());
		mvc.perform(get("/organizations/{id}/edit", cuijiangBranch.id())).andExpect(status().isForbidden());

		scope = DataScope::everything;
		assertThat(organizations.get(cuijiangBranch.id()).name()).isEqualTo(cuijiangBranch.name());
		assertThat(organizations.get(anleBranch.id()).parentId()).isEqualTo(anle.id());
	}

	@Test
	void aBranchMovedIntoAnleIsInTheScopeAtOnce() throws Exception {
		scope = DataScope::everything;
		mvc.perform(json(post("/api/v1/organizations/{id}/move", cuijiangBranch.id()), "{\"newParentId\": %d}"
				.formatted(anle.id()))).andExpect(status().isOk());

		DataScope fresh = DataScope.of(organizations.subtreeIds(anle.id()), Set.of());
		assertThat(fresh.coversOrganization(cuijiangBranch.id())).isTrue();
		scope = () -> fresh;
		mvc.perform(get("/api/v1/organizations/{id}", cuijiangBranch.id()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.path[0].name").value(ANLE));
	}

	@Test
	@WithMockUser(authorities = "organization:read")
	void withoutTheWriteAuthorityEveryChangeIsForbiddenInTheApi() throws Exception {
		scope = DataScope::everything;
		forbidden(json(post("/api/v1/organizations"),
				"{\"name\": \"新支部\", \"kind\": \"NON_PUBLIC_ENTERPRISE\", \"parentId\": %d}".formatted(anle.id())));
		forbidden(json(put("/api/v1/organizations/{id}", anleBranch.id()), "{\"name\": \"改名\", \"version\": 0}"));
		forbidden(json(post("/api/v1/organizations/{id}/move", anleBranch.id()), "{\"newParentId\": %d}".formatted(cuijiang.id())));
		forbidden(json(post("/api/v1/organizations/{id}/dissolve", anleBranch.id()), "{}"));
		forbidden(json(post("/api/v1/organizations/{id}/positions", anleBranch.id()),
				"{\"personId\": 1, \"role\": \"COMMITTEE_MEMBER\", \"since\": \"2024-01-01\"}"));
		forbidden(json(post("/api/v1/organizations/{id}/positions/1/end", anleBranch.id()), "{\"endedOn\": \"2024-02-01\"}"));
		mvc.perform(get("/api/v1/organizations/{id}", anleBranch.id())).andExpect(status().isOk());
	}

	@Test
	@WithMockUser(authorities = "organization:read")
	void withoutTheWriteAuthorityEveryChangeIsForbiddenInThePagesAndNoButtonOffersOne() throws Exception {
		scope = DataScope::everything;
		mvc.perform(get("/organizations/new").param("parentId", String.valueOf(anle.id()))).andExpect(status().isForbidden());
		mvc.perform(post("/organizations/new").with(csrf()).param("name", "新支部").param("kind", "NON_PUBLIC_ENTERPRISE")
				.param("parentId", String.valueOf(anle.id()))).andExpect(status().isForbidden());
		mvc.perform(get("/organizations/{id}/edit", anleBranch.id())).andExpect(status().isForbidden());
		mvc.perform(post("/organizations/{id}/edit", anleBranch.id()).with(csrf()).param("name", "改名").param("version", "0"))
			.andExpect(status().isForbidden());
		mvc.perform(get("/organizations/{id}/move", anleBranch.id())).andExpect(status().isForbidden());
		mvc.perform(post("/organizations/{id}/move", anleBranch.id()).with(csrf()).param("newParentId",
				String.valueOf(cuijiang.id()))).andExpect(status().isForbidden());
		mvc.perform(get("/organizations/{id}/dissolve", anleBranch.id())).andExpect(status().isForbidden());
		mvc.perform(post("/organizations/{id}/dissolve", anleBranch.id()).with(csrf())).andExpect(status().isForbidden());
		mvc.perform(get("/organizations/{id}", anleBranch.id()))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("/organizations/" + anleBranch.id() + "/edit"))));
	}

	@Test
	@WithMockUser(authorities = "person:read")
	void withoutTheReadAuthorityTheTreeIsForbidden() throws Exception {
		forbidden(get("/api/v1/organizations"));
		mvc.perform(get("/organizations")).andExpect(status().isForbidden());
	}

	@Test
	void foundingMovingAndDissolvingAreRecordedInTheAuditTrail() throws Exception {
		String created = mvc.perform(json(post("/api/v1/organizations"),
				"{\"name\": \"审计支部%s\", \"kind\": \"NON_PUBLIC_ENTERPRISE\", \"parentId\": %d}".formatted(fixture.tag(), anle.id())))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString();
		long id = Long.parseLong(created.replaceAll("^\\{\"id\":(\\d+),.*", "$1"));
		made.add(organizations.findAll(List.of(id)).get(id));
		mvc.perform(json(post("/api/v1/organizations/{id}/move", id), "{\"newParentId\": %d}".formatted(anleBranch.id())))
			.andExpect(status().isOk());
		mvc.perform(json(post("/api/v1/organizations/{id}/dissolve", id), "{}")).andExpect(status().isOk());

		List<AuditEvent> recorded = events.stream(AuditEvent.class)
			.filter(e -> "organization".equals(e.entityType()) && String.valueOf(id).equals(e.entityId())).toList();
		assertThat(recorded).extracting(AuditEvent::action)
			.containsExactly(AuditAction.CREATE, AuditAction.UPDATE, AuditAction.DELETE);
		assertThat(recorded.get(1).before()).containsEntry("parentId", anle.id());
		assertThat(recorded.get(1).after()).containsEntry("parentId", anleBranch.id());
	}

	private OrganizationView named(String name) {
		return organizations.search(OrganizationSearch.byName(name), new PageRequest(0, 5)).items().stream()
			.filter(o -> o.name().equals(name)).findFirst().orElseThrow();
	}

	private long countyId() {
		scope = DataScope::everything;
		long id = named(COUNTY).id();
		scope = () -> DataScope.of(organizations.subtreeIds(anle.id()), Set.of());
		return id;
	}

	private OrganizationView make(String name, OrganizationView parent) {
		OrganizationView o = fixture.under(name, OrganizationKind.NON_PUBLIC_ENTERPRISE, parent);
		made.add(o);
		return o;
	}

	private void forbidden(MockHttpServletRequestBuilder request) throws Exception {
		ResultActions result = mvc.perform(request);
		result.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value(containsString("没有权限")));
	}

	private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
		return request.contentType(MediaType.APPLICATION_JSON).content(body);
	}
}

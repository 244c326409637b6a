package org.bastion.organization.web;

import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.bastion.IntegrationTest;
import org.bastion.organization.OrganizationView;
import org.bastion.organization.PositionRole;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@IntegrationTest
@WithMockUser(username = "admin", authorities = {"organization:read", "organization:write"})
class OrganizationApiTests extends CountyOfItsOwn {

	@Test
	void foundingAnOrganizationAnswers201WithItsLocation() throws Exception {
		mvc.perform(json(post("/api/v1/organizations"), """
				{"name": "安乐镇党委", "kind": "TOWNSHIP_COMMITTEE", "divisionCode": "350424103", "parentId": %d}"""
				.formatted(county.id())))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", matchesPattern(".*/api/v1/organizations/\\d+")))
			.andExpect(jsonPath("$.name").value("安乐镇党委"))
			.andExpect(jsonPath("$.depth").value(1))
			.andExpect(jsonPath("$.version").value(0))
			.andExpect(jsonPath("$.path[0].id").value(county.id()));
	}

	@Test
	void aMissingNameIsA400NamingTheField() throws Exception {
		foundingIsRefused("""
				{"kind": "VILLAGE_BRANCH", "parentId": %d}""".formatted(county.id()), "name")
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].message").value("请填写党组织名称"));
	}

	@Test
	void anUnknownDivisionCodeIsA400NamingTheField() throws Exception {
		foundingIsRefused("""
				{"name": "某村党支部", "kind": "VILLAGE_BRANCH", "divisionCode": "350424999999", "parentId": %d}"""
				.formatted(county.id()), "divisionCode")
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].message").value("找不到行政区划代码 350424999999"));
	}

	@Test
	void anUnknownParentIsA400NamingTheField() throws Exception {
		foundingIsRefused("""
				{"name": "某村党支部", "kind": "VILLAGE_BRANCH", "parentId": 987654321}""", "parentId");
	}

	@Test
	void anOrganBranchWithoutDepartmentKindIsA400NamingTheField() throws Exception {
		foundingIsRefused("""
				{"name": "县财政局党支部", "kind": "ORGAN_BRANCH", "parentId": %d}""".formatted(county.id()), "departmentKind");
	}

	@Test
	void showsAnOrganizationWithItsPathFromTheRootAndItsVersionAsETag() throws Exception {
		OrganizationView township = fixture.township("水茜镇党委", county);
		OrganizationView village = fixture.village("沿溪村党支部", township);

		mvc.perform(get("/api/v1/organizations/{id}", village.id()))
			.andExpect(status().isOk())
			.andExpect(header().string("ETag", "\"0\""))
			.andExpect(jsonPath("$.kind").value("VILLAGE_BRANCH"))
			.andExpect(jsonPath("$.path.length()").value(3))
			.andExpect(jsonPath("$.path[1].name").value(township.name()))
			.andExpect(jsonPath("$.path[2].id").value(village.id()));
	}

	@Test
	void anUnknownOrganizationIsA404ProblemDetail() throws Exception {
		mvc.perform(get("/api/v1/organizations/987654321"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value("找不到党组织：987654321"));
	}

	@Test
	void listsChildrenByKindAPageAtATime() throws Exception {
		fixture.village("甲村党支部", county);
		fixture.village("乙村党支部", county);
		fixture.township("丙镇党委", county);

		mvc.perform(get("/api/v1/organizations").param("parentId", String.valueOf(county.id()))
				.param("kind", "VILLAGE_BRANCH").param("size", "1"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(2))
			.andExpect(jsonPath("$.items.length()").value(1))
			.andExpect(jsonPath("$.items[0].kind").value("VILLAGE_BRANCH"));
		mvc.perform(get("/api/v1/organizations/{id}/children", county.id()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(3));
	}

	@Test
	void findsOrganizationsByName() throws Exception {
		fixture.township("城郊镇党委", county);

		mvc.perform(get("/api/v1/organizations").param("q", "城郊镇党委" + fixture.tag()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.items[0].kind").value("TOWNSHIP_COMMITTEE"));
	}

	@Test
	void renamingWithTheCurrentVersionSucceedsAndAStaleVersionIsA409() throws Exception {
		OrganizationView village = fixture.village("陈塘村党支部", county);
		String change = """
				{"name": "陈塘村党总支", "version": 0}""";

		mvc.perform(json(put("/api/v1/organizations/{id}", village.id()), change))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value("陈塘村党总支"))
			.andExpect(jsonPath("$.version").value(1));
		mvc.perform(json(put("/api/v1/organizations/{id}", village.id()), change))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value(endsWith("error.conflict.version")));
	}

	@Test
	void movingASubtreeAnswersTheNewPath() throws Exception {
		OrganizationView from = fixture.township("泉上镇党委", county);
		OrganizationView to = fixture.township("湖村镇党委", county);
		OrganizationView village = fixture.village("泉下村党支部", from);

		mvc.perform(json(post("/api/v1/organizations/{id}/move", village.id()), """
				{"newParentId": %d}""".formatted(to.id())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.parentId").value(to.id()))
			.andExpect(jsonPath("$.path[1].id").value(to.id()));
	}

	@Test
	void movingUnderItsOwnDescendantIsA409() throws Exception {
		OrganizationView township = fixture.township("治平乡党委", county);
		OrganizationView village = fixture.village("治平村党支部", township);

		mvc.perform(json(post("/api/v1/organizations/{id}/move", township.id()), """
				{"newParentId": %d}""".formatted(village.id())))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.type").value(endsWith("organization.move.intoOwnSubtree")));
	}

	@Test
	void dissolvingWithChildrenIsA409UntilATransferTargetIsGiven() throws Exception {
		OrganizationView old = fixture.township("旧乡党委", county);
		OrganizationView target = fixture.township("新乡党委", county);
		OrganizationView village = fixture.village("旧村党支部", old);

		mvc.perform(json(post("/api/v1/organizations/{id}/dissolve", old.id()), "{}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.type").value(endsWith("organization.dissolve.hasChildren")));
		mvc.perform(json(post("/api/v1/organizations/{id}/dissolve", old.id()), """
				{"transferToId": %d}""".formatted(target.id())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.dissolved").value(true));
		mvc.perform(get("/api/v1/organizations/{id}", village.id()))
			.andExpect(jsonPath("$.parentId").value(target.id()));
	}

	@Test
	void anOrganizationWithoutMembersDissolvesWhenNoMemberRegistryRuns() throws Exception {
		OrganizationView village = fixture.village("空村党支部", county);

		mvc.perform(post("/api/v1/organizations/{id}/dissolve", village.id()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.dissolved").value(true));
	}

	@Test
	void listsHeldPostsSecretaryFirst() throws Exception {
		OrganizationView village = fixture.village("下巫坊村党支部", county);
		organizations.assignPosition(village.id(), 12, PositionRole.COMMITTEE_MEMBER, LocalDate.of(2021, 10, 1));

		mvc.perform(json(post("/api/v1/organizations/{id}/positions", village.id()), """
				{"personId": 11, "role": "SECRETARY", "since": "2021-10-01"}"""))
			.andExpect(status().isCreated());
		mvc.perform(get("/api/v1/organizations/{id}/positions", village.id()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(2))
			.andExpect(jsonPath("$[0].role").value("SECRETARY"))
			.andExpect(jsonPath("$[0].personId").value(11))
			.andExpect(jsonPath("$[0].since").value("2021-10-01"));
	}

	@Test
	void endingAPostOfAnotherOrganizationIsA404() throws Exception {
		OrganizationView village = fixture.village("上巫坊村党支部", county);
		OrganizationView other = fixture.village("中巫坊村党支部", county);
		long post = organizations.assignPosition(village.id(), 13, PositionRole.SECRETARY, LocalDate.of(2021, 10, 1)).id();

		mvc.perform(json(post("/api/v1/organizations/{id}/positions/{p}/end", other.id(), post), """
				{"endedOn": "2024-01-02"}"""))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.detail").value("找不到职务：" + post));
		mvc.perform(json(post("/api/v1/organizations/{id}/positions/{p}/end", village.id(), post), """
				{"endedOn": "2024-01-02"}"""))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.endedOn").value("2024-01-02"));
	}

	@Test
	void theApiDocumentListsTheOrganizationEndpoints() throws Exception {
		mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1/organizations/{id}/move']").exists());
	}

	/** Founding the organization of {@code body} is a 400 naming {@code field} first. */
	private ResultActions foundingIsRefused(String body, String field) throws Exception {
		return mvc.perform(json(post("/api/v1/organizations"), body))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value(field));
	}

	private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
		return request.contentType(MediaType.APPLICATION_JSON).content(body);
	}

}

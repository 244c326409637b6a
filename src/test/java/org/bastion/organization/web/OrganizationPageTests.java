package org.bastion.organization.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.bastion.IntegrationTest;
import org.bastion.common.PageRequest;
import org.bastion.organization.OrganizationSearch;
import org.bastion.organization.OrganizationView;
import org.bastion.organization.PositionRole;
import org.bastion.organization.TreeFixture;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;

@IntegrationTest
@WithMockUser(username = "admin", authorities = {"organization:read", "organization:write"})
class OrganizationPageTests extends CountyOfItsOwn {

	@Test
	void theTreeShowsRootsThatExpandLazily() throws Exception {
		fixture.township("安乐镇党委", county);

		mvc.perform(get("/organizations"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("组织架构"), containsString(county.name()),
					containsString("hx-get=\"/organizations/" + county.id() + "/children-fragment\""),
					containsString("href=\"/organizations/" + county.id() + "\""))));
	}

	@Test
	void aNodeExpandsToItsChildren() throws Exception {
		OrganizationView township = fixture.township("水茜镇党委", county);

		mvc.perform(get("/organizations/{id}/children-fragment", county.id()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(township.name()), containsString("乡镇党委"),
					not(containsString("<html")))));
	}

	@Test
	void searchingByNameShowsEachHitWithItsPath() throws Exception {
		OrganizationView township = fixture.township("城郊镇党委", county);
		fixture.village("城郊村党支部", township);

		mvc.perform(get("/organizations").param("q", "城郊村党支部" + fixture.tag()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("查找结果"), containsString("城郊村党支部" + fixture.tag()),
					containsString(county.name()), containsString(township.name()))));
	}

	@Test
	void anOrganizationsPageShowsItsPathPostsAndLoadsItsMembersFromThePeopleModule() throws Exception {
		OrganizationView township = fixture.township("安乐镇党委", county);
		OrganizationView village = organizations.create(new org.bastion.organization.NewOrganization(
				"黄庄村党支部" + fixture.tag(), org.bastion.organization.OrganizationKind.VILLAGE_BRANCH, null,
				"350424103", township.id()));
		organizations.assignPosition(village.id(), 77, PositionRole.SECRETARY, LocalDate.of(2021, 10, 1));

		mvc.perform(get("/organizations/{id}", village.id()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(county.name()), containsString(township.name()),
					containsString("村党支部"), containsString("书记"), containsString("/divisions/350424103"),
					containsString("hx-get=\"/people/fragments/organization/" + village.id() + "/members\""),
					containsString("href=\"/people?organizationId=" + village.id() + "\""))));
	}

	@Test
	void foundingAChildThroughTheFormRedirectsToItsPageWithAMessage() throws Exception {
		mvc.perform(post("/organizations/new").with(csrf()).param("name", "泉上镇党委" + fixture.tag())
				.param("kind", "TOWNSHIP_COMMITTEE").param("parentId", String.valueOf(county.id())))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/organizations/*"))
			.andExpect(flash().attribute("flashKey", "organization.flash.created"));

		assertThat(TreeFixture.asSystem(() -> organizations.search(OrganizationSearch.byName("泉上镇党委" + fixture.tag()),
				new PageRequest(0, 5))).items()).singleElement().extracting(OrganizationView::parentId).isEqualTo(county.id());
	}

	@Test
	void aFormWithoutANameComesBackWithTheMessageNextToTheField() throws Exception {
		mvc.perform(post("/organizations/new").with(csrf()).param("name", " ").param("kind", "VILLAGE_BRANCH")
				.param("parentId", String.valueOf(county.id())))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("提交的内容有误"),
					containsString("<p class=\"field-error\">请填写党组织名称</p>"))));
	}

	@Test
	void aTooLongNameComesBackWithTheMaximumLengthNotTheFieldsName() throws Exception {
		mvc.perform(post("/organizations/new").with(csrf()).param("name", "党".repeat(101)).param("kind", "VILLAGE_BRANCH")
				.param("parentId", String.valueOf(county.id())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<p class=\"field-error\">名称不能超过 100 个字</p>")));
	}

	@Test
	void dissolvingAnOrganizationWithChildrenIsRefusedOnTheForm() throws Exception {
		OrganizationView township = fixture.township("曹坊镇党委", county);
		fixture.village("曹坊村党支部", township);

		mvc.perform(post("/organizations/{id}/dissolve", township.id()).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("还有 1 个下级党组织")));
		assertThat(TreeFixture.asSystem(() -> organizations.get(township.id())).dissolved()).isFalse();
	}

	@Test
	void theMovePageOffersOnlyOrganizationsOutsideTheMovedSubtree() throws Exception {
		OrganizationView township = fixture.township("石壁镇党委", county);
		OrganizationView village = fixture.village("石壁村党支部", township);

		mvc.perform(get("/organizations/{id}/move", township.id()).param("q", fixture.tag()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("value=\"" + county.id() + "\""),
					not(containsString("value=\"" + village.id() + "\"")))));
	}

	@Test
	void pagesSpeakEnglishWhenAsked() throws Exception {
		mvc.perform(get("/organizations").param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Organization tree")));
	}
}

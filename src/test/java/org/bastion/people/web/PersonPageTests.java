package org.bastion.people.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import org.bastion.IntegrationTest;
import org.bastion.common.ChineseIdNumber;
import org.bastion.common.Gender;
import org.bastion.organization.OrganizationView;
import org.bastion.people.HouseholdData;
import org.bastion.people.HouseholdRelation;
import org.bastion.people.HouseholdStatus;
import org.bastion.people.PeopleTestData;
import org.bastion.people.PersonData;
import org.bastion.people.PersonFixtures;
import org.bastion.people.PersonView;
import org.bastion.people.internal.HouseholdManagement;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
@WithMockUser(username = "admin", authorities = {"person:read", "person:write", "household:read", "household:write", "data:import", "data:export", "organization:read"})
class PersonPageTests {

	@Autowired
	MockMvc mvc;
	@Autowired
	PeopleTestData data;
	@Autowired
	HouseholdManagement households;

	@Test
	void theListShowsMatchesWithMaskedIdNumbersAndAnExportLinkKeepingTheFilters() throws Exception {
		String name = PeopleTestData.uniqueName("吴");
		PersonData p = PersonFixtures.resident(name, data.village());
		data.register(p);
		mvc.perform(get("/people").param("q", name).param("partyMember", "false"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(name)))
			.andExpect(content().string(containsString(ChineseIdNumber.mask(p.idNumber()))))
			.andExpect(content().string(not(containsString(p.idNumber()))))
			.andExpect(content().string(containsString("/people/export.xlsx?q=")))
			.andExpect(content().string(containsString("partyMember=false")));
	}

	@Test
	void htmxGetsOnlyTheResultsTable() throws Exception {
		mvc.perform(get("/people").header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"people-results\"")))
			.andExpect(content().string(not(containsString("<html"))));
	}

	@Test
	void aRefusedFormKeepsWhatWasTypedAndNamesTheField() throws Exception {
		String id = PersonFixtures.freshIdNumber(LocalDate.of(1992, 2, 2), Gender.MALE);
		mvc.perform(post("/people/new").with(csrf()).param("name", "郑成功测试").param("gender", "MALE")
				.param("ethnicity", "汉族").param("birthDate", "1970-01-01").param("idNumber", id)
				.param("householdDivisionCode", data.village()).param("workplace", "县委组织部"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("error-summary")))
			.andExpect(content().string(containsString("与身份证号不一致")))
			.andExpect(content().string(containsString("value=\"郑成功测试\"")))
			.andExpect(content().string(containsString("value=\"县委组织部\"")));
	}

	@Test
	void aValidFormRedirectsToThePersonWithAFlashMessage() throws Exception {
		String id = PersonFixtures.freshIdNumber(LocalDate.of(1992, 2, 2), Gender.MALE);
		mvc.perform(post("/people/new").with(csrf()).param("name", PeopleTestData.uniqueName("郑")).param("gender", "MALE")
				.param("ethnicity", "汉族").param("birthDate", new ChineseIdNumber(id).birthDate().toString())
				.param("idNumber", id).param("householdDivisionCode", data.village()).param("tags", "TALENT", "MENTOR"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/people/*"))
			.andExpect(flash().attribute("flash", "person.created"));
	}

	@Test
	void theDetailPageLinksTheOrganizationAndTheHouseholdAndMasksTheIdNumber() throws Exception {
		OrganizationView branch = data.committeeWithBranch()[1];
		PersonData member = PersonFixtures.member(PeopleTestData.uniqueName("冯"), data.village(), branch.id());
		PersonView head = data.register(member);
		PersonView child = data.register(PersonFixtures.resident(PeopleTestData.uniqueName("冯"), data.village()));
		long household = households.register(new HouseholdData(null, data.village(), head.id(), HouseholdStatus.IN_POVERTY,
				null, List.of(new HouseholdData.Member(child.id(), HouseholdRelation.CHILD)))).id();
		mvc.perform(get("/people/{id}", head.id()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/organizations/" + branch.id())))
			.andExpect(content().string(containsString(branch.name())))
			.andExpect(content().string(containsString("/households/" + household)))
			.andExpect(content().string(not(containsString(member.idNumber()))));
		mvc.perform(get("/households/{id}", household))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(child.name())))
			.andExpect(content().string(containsString("子女")));
	}

	@Test
	void theMemberFragmentListsAnOrganizationsMembers() throws Exception {
		OrganizationView branch = data.committeeWithBranch()[1];
		PersonView member = data.register(PersonFixtures.member(PeopleTestData.uniqueName("蒋"), data.village(), branch.id()));
		mvc.perform(get("/people/fragments/organization/{id}/members", branch.id()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/people/" + member.id())))
			.andExpect(content().string(not(containsString("<html"))));
	}

	@Test
	void theEditFormSavesWithoutRetypingTheIdNumber() throws Exception {
		PersonView person = data.register(PersonFixtures.resident(PeopleTestData.uniqueName("韩"), data.village()));
		mvc.perform(get("/people/{id}/edit", person.id())).andExpect(status().isOk())
			.andExpect(content().string(containsString(person.maskedIdNumber())));
		mvc.perform(post("/people/{id}/edit", person.id()).with(csrf()).param("name", person.name())
				.param("gender", "FEMALE").param("ethnicity", "汉族").param("birthDate", person.birthDate().toString())
				.param("householdDivisionCode", data.village()).param("education", "BACHELOR").param("version", "0"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flash", "person.updated"));
	}

	@Test
	void theTemplatesAndTheImportPageAreThere() throws Exception {
		mvc.perform(get("/people/import/template.xlsx")).andExpect(status().isOk())
			.andExpect(content().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
		mvc.perform(get("/households/import/template.xlsx")).andExpect(status().isOk());
		mvc.perform(get("/imports")).andExpect(status().isOk());
		mvc.perform(get("/households").param("status", "IN_POVERTY")).andExpect(status().isOk());
	}

	@Test
	void anEmptyUploadShowsTheImportPageWithTheReason() throws Exception {
		for (String kind : List.of("people", "households")) {
			mvc.perform(multipart("/imports/" + kind).file(new MockMultipartFile("file", "empty.xlsx",
					"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", new byte[0])).with(csrf()))
				.andExpect(status().isBadRequest())
				.andExpect(content().string(containsString("请选择要上传的 Excel 文件（.xlsx），文件不能为空")));
		}
	}

	@Test
	void anImportWithoutAFileShowsTheImportPageWithTheReason() throws Exception {
		for (String kind : List.of("people", "households")) {
			mvc.perform(multipart("/imports/" + kind).with(csrf()))
				.andExpect(status().isBadRequest())
				.andExpect(content().string(containsString("请选择要上传的 Excel 文件（.xlsx），文件不能为空")));
		}
	}
}

package org.bastion.people.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bastion.IntegrationTest;
import org.bastion.common.ChineseIdNumber;
import org.bastion.common.Gender;
import org.bastion.organization.OrganizationView;
import org.bastion.people.PeopleTestData;
import org.bastion.people.PersonData;
import org.bastion.people.PersonFixtures;
import org.bastion.people.PersonView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import tools.jackson.databind.json.JsonMapper;

@IntegrationTest
@WithMockUser(username = "admin", authorities = {"person:read", "person:write", "household:read", "household:write", "data:import", "data:export", "organization:read"})
class PersonApiTests {

	@Autowired
	MockMvc mvc;
	@Autowired
	PeopleTestData data;

	final JsonMapper json = JsonMapper.builder().build();

	Map<String, Object> body(String name) {
		String id = PersonFixtures.freshIdNumber(LocalDate.of(1988, 5, 20), Gender.MALE);
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("name", name);
		body.put("gender", "MALE");
		body.put("ethnicity", "汉族");
		body.put("birthDate", new ChineseIdNumber(id).birthDate().toString());
		body.put("idNumber", id);
		body.put("mobile", "13912345678");
		body.put("education", "SECONDARY_VOCATIONAL");
		body.put("householdDivisionCode", data.village());
		body.put("tags", List.of("RESERVE_CADRE"));
		return body;
	}

	MvcResult create(Map<String, Object> body) throws Exception {
		return mvc.perform(post("/api/v1/people").contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body)))
			.andReturn();
	}

	@Test
	void registersAPersonAndAnswersWithLocationAndMaskedIdNumber() throws Exception {
		Map<String, Object> body = body(PeopleTestData.uniqueName("王"));
		String id = (String) body.get("idNumber");
		mvc.perform(post("/api/v1/people").contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body)))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", containsString("/api/v1/people/")))
			.andExpect(jsonPath("$.maskedIdNumber").value(ChineseIdNumber.mask(id)))
			.andExpect(jsonPath("$.maskedMobile").value("139****5678"))
			.andExpect(jsonPath("$.education").value("SECONDARY_VOCATIONAL"))
			.andExpect(jsonPath("$.tags[0]").value("RESERVE_CADRE"))
			.andExpect(content().string(not(containsString(id))))
			.andExpect(content().string(not(containsString("13912345678"))));
	}

	@Test
	void refusesAnIdNumberWhoseCheckDigitIsWrongNamingTheFieldInChinese() throws Exception {
		Map<String, Object> body = body("李四");
		String id = (String) body.get("idNumber");
		body.put("idNumber", id.substring(0, 17) + (id.charAt(17) == '1' ? '2' : '1'));
		mvc.perform(post("/api/v1/people").contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body)))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("idNumber"))
			.andExpect(jsonPath("$.errors[0].message").value("身份证号校验位不对，请核对"));
	}

	@Test
	void speaksEnglishWhenAskedTo() throws Exception {
		Map<String, Object> body = body("李四");
		body.put("idNumber", "123");
		mvc.perform(post("/api/v1/people").param("lang", "en").contentType(MediaType.APPLICATION_JSON)
				.content(json.writeValueAsString(body)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message").value("An ID number has 18 characters"));
	}

	@Test
	void refusesABirthDateThatDisagreesWithTheIdNumber() throws Exception {
		Map<String, Object> body = body("李四");
		body.put("birthDate", "1970-01-01");
		mvc.perform(post("/api/v1/people").contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("birthDate")));
	}

	@Test
	void refusesAnUnknownDivisionAndAnUnknownOrganization() throws Exception {
		Map<String, Object> body = body("李四");
		body.put("householdDivisionCode", "350424999999");
		body.put("organizationId", 987_654_321L);
		body.put("joinedPartyOn", "2015-07-01");
		body.put("partyStatus", "FULL");
		mvc.perform(post("/api/v1/people").contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("householdDivisionCode")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("organizationId")));
	}

	@Test
	void namesAMissingRequiredField() throws Exception {
		Map<String, Object> body = body("李四");
		body.remove("name");
		mvc.perform(post("/api/v1/people").contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body)))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("name"))
			.andExpect(jsonPath("$.errors[0].message").value("必填"));
	}

	@Test
	void aNumberIsNoName() throws Exception {
		Map<String, Object> body = body("李四");
		body.put("name", 123);
		mvc.perform(post("/api/v1/people").contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body)))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value("请求内容无法解析，请检查格式"));
	}

	@Test
	void aTooLongNameIsRefusedWithTheMaximumLength() throws Exception {
		Map<String, Object> body = body("张".repeat(51));
		mvc.perform(post("/api/v1/people").contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("name"))
			.andExpect(jsonPath("$.errors[0].message").value("不能超过 50 个字"));
	}

	@Test
	void refusesAnIdNumberAlreadyRegistered() throws Exception {
		Map<String, Object> body = body(PeopleTestData.uniqueName("赵"));
		create(body);
		mvc.perform(post("/api/v1/people").contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("idNumber"))
			.andExpect(jsonPath("$.errors[0].message").value("该身份证号无法登记"));
	}

	@Test
	void refusesAChangeMadeOnAStaleVersion() throws Exception {
		Map<String, Object> body = body(PeopleTestData.uniqueName("钱"));
		long id = json.readTree(create(body).getResponse().getContentAsString()).get("id").asLong();
		body.put("version", 0);
		body.put("workplace", "县委组织部");
		mvc.perform(put("/api/v1/people/{id}", id).contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.version").value(1))
			.andExpect(jsonPath("$.workplace").value("县委组织部"));
		mvc.perform(put("/api/v1/people/{id}", id).contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body)))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void filtersByOrganizationIncludingItsSubtree() throws Exception {
		OrganizationView[] tree = data.committeeWithBranch();
		PersonData member = PersonFixtures.member(PeopleTestData.uniqueName("孙"), data.village(), tree[1].id());
		PersonView registered = data.register(member);
		data.register(PersonFixtures.resident(PeopleTestData.uniqueName("孙"), data.village()));
		mvc.perform(get("/api/v1/people").param("organizationId", String.valueOf(tree[0].id())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.items[0].id").value(registered.id()))
			.andExpect(jsonPath("$.items[0].partyStatus").value("FULL"))
			.andExpect(content().string(not(containsString(member.idNumber()))));
	}

	@Test
	void filtersByNameVillagePrefixTagEducationAndMembership() throws Exception {
		String name = PeopleTestData.uniqueName("周");
		OrganizationView[] tree = data.committeeWithBranch();
		data.register(PersonFixtures.member(name + "甲", data.village(), tree[1].id()));
		data.register(PersonFixtures.resident(name + "乙", data.village()));
		mvc.perform(get("/api/v1/people").param("q", name).param("villageCode", data.village().substring(0, 9))
				.param("tag", "MENTOR").param("education", "BACHELOR").param("partyMember", "true"))
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.items[0].name").value(name + "甲"));
		mvc.perform(get("/api/v1/people").param("q", name).param("partyMember", "false"))
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.items[0].name").value(name + "乙"));
		mvc.perform(get("/api/v1/people").param("q", name).param("cadreRank", "SECTION_CHIEF"))
			.andExpect(jsonPath("$.total").value(1));
	}

	@Test
	void anUnknownPersonIsNotFound() throws Exception {
		mvc.perform(get("/api/v1/people/{id}", 987_654_321L)).andExpect(status().isNotFound());
	}

	@Test
	void anUnknownPersonIsNotFoundInTheReadersLanguageWithItsIdAsGiven() throws Exception {
		mvc.perform(get("/api/v1/people/{id}", 987_654_321L))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.detail").value("找不到人员：987654321"));
		mvc.perform(get("/api/v1/people/{id}", 987_654_321L).param("lang", "en"))
			.andExpect(jsonPath("$.detail").value("No person with 987654321"));
	}
}

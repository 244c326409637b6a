package org.bastion.people.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;

import org.bastion.IntegrationTest;
import org.bastion.people.PeopleTestData;
import org.bastion.people.PersonFixtures;
import org.bastion.people.PersonView;
import org.junit.jupiter.api.Test;
import java.time.Clock;
import java.time.LocalDate;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.json.JsonMapper;

@IntegrationTest
@WithMockUser(username = "admin", authorities = {"person:read", "person:write", "household:read", "household:write", "data:import", "data:export", "organization:read"})
class HouseholdApiTests {

	/** the county clock: the demo and the rules date by Ninghua's day, not the server's */
	@Autowired
	Clock clock;
	@Autowired
	MockMvc mvc;
	@Autowired
	PeopleTestData data;

	final JsonMapper json = JsonMapper.builder().build();

	@Test
	void registersAHouseholdAndRefusesItsHeadInASecondOne() throws Exception {
		PersonView head = data.register(PersonFixtures.resident(PeopleTestData.uniqueName("何"), data.village()));
		PersonView spouse = data.register(PersonFixtures.resident(PeopleTestData.uniqueName("何"), data.village()));
		Map<String, Object> body = Map.of("villageCode", data.village(), "headId", head.id(), "status", "LEFT_POVERTY",
				"exitYear", 2018, "members", List.of(Map.of("personId", spouse.id(), "relation", "SPOUSE")));
		mvc.perform(post("/api/v1/households").contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.members[0].relation").value("SPOUSE"))
			.andExpect(jsonPath("$.exitYear").value(2018));
		mvc.perform(post("/api/v1/households").contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(
				Map.of("villageCode", data.village(), "headId", head.id(), "status", "IN_POVERTY"))))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("headId"));
		mvc.perform(get("/api/v1/households").param("villageCode", data.village()).param("status", "LEFT_POVERTY"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").isNumber());
	}

	@Test
	void refusesAnExitYearForAHouseholdThatLeftBefore2014() throws Exception {
		PersonView head = data.register(PersonFixtures.resident(PeopleTestData.uniqueName("吕"), data.village()));
		mvc.perform(post("/api/v1/households").contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(
				Map.of("villageCode", data.village(), "headId", head.id(), "status", "LEFT_POVERTY", "exitYear", 2013))))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("exitYear"))
			.andExpect(jsonPath("$.errors[0].message").value("脱贫年份须在 2014 年至 " + LocalDate.now(clock).getYear() + " 年之间"));
	}

	@Test
	void anUnknownHouseholdIsNotFoundInTheReadersLanguage() throws Exception {
		mvc.perform(get("/api/v1/households/{id}", 987_654_321L))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.detail").value("找不到贫困户：987654321"));
	}
}

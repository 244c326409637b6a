package org.bastion.pairing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;

import org.bastion.IntegrationTest;
import org.bastion.people.CadreRank;
import org.bastion.people.HouseholdView;
import org.bastion.people.Households;
import org.bastion.people.People;
import org.bastion.people.PersonView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@IntegrationTest
@WithMockUser(username = "admin", authorities = {"pairing:read", "pairing:write", "indicator:read"})
class PairingApiTests {

	/** 湖村镇: manual pairs; 安乐镇 is left to the solver test. */
	static final String HUCUN = "350424103";
	static final String ANLE = "350424107";

	@Autowired
	MockMvc mvc;
	@Autowired
	People people;
	@Autowired
	Households households;
	@Autowired
	Pairings pairings;
	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	final JsonMapper json = JsonMapper.builder().build();

	@Test
	void aPairingNameSearchForAPercentSignMatchesOnlyNamesContainingOne() throws Exception {
		long containingOne = jdbc.sql("select count(*) from pairing where left_name like '%\\%%' escape '\\' "
				+ "or right_name like '%\\%%' escape '\\'").query(Long.class).single();
		assertThat(jdbc.sql("select count(*) from pairing").query(Long.class).single()).isGreaterThan(containingOne);
		mvc.perform(get("/api/v1/pairings").param("name", "%")).andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value((int) containingOne));
	}

	@Test
	void refusesASecondCadreForAHouseholdAndACadreBeyondTheQuotaOfTheirRank() throws Exception {
		List<PersonView> general = unpairedCadres(CadreRank.GENERAL_CADRE, 2);
		List<HouseholdView> homes = households.inDivision(HUCUN).subList(0, 2);
		create("N_PLUS_ONE", general.get(0).id(), homes.get(0).id()).andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("ACTIVE"));
		create("N_PLUS_ONE", general.get(1).id(), homes.get(0).id()).andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("违反规则「每个帮扶对象只能有一个结对」")));
		create("N_PLUS_ONE", general.get(0).id(), homes.get(1).id()).andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value("违反规则「结对名额」：" + general.get(0).name() + " 的名额为 1 个，已结对 1 个"));
	}

	@Test
	void thePairsCadreRecordsThatTheHouseholdLeftPovertyThroughThePeopleModule() throws Exception {
		PersonView cadre = unpairedCadres(CadreRank.DEPUTY_SECTION_CHIEF, 1).get(0);
		HouseholdView home = households.inDivision(HUCUN).get(20);
		long id = id(create("N_PLUS_ONE", cadre.id(), home.id()).andExpect(status().isCreated()));
		mvc.perform(json(post("/api/v1/pairings/" + id + "/left-poverty"), Map.of("year", 2019))).andExpect(status().isOk());
		assertThat(org.bastion.people.PeopleTestData.asAdministrator(() -> households.get(home.id())).exitYear()).isEqualTo(2019);
		mvc.perform(get("/api/v1/pairings/" + id + "/history"))
			.andExpect(jsonPath("$[1].note").value("脱贫 2019（" + cadre.name() + " 记录）"));
	}

	@Test
	void refusesAPersonWithoutACadreRankOnTheCadreSideOfNPlusOne() throws Exception {
		HouseholdView home = households.inDivision(HUCUN).get(5);
		create("N_PLUS_ONE", home.headId(), households.inDivision(HUCUN).get(6).id()).andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("结对人须为干部")));
	}

	@Test
	void aVisitOfAnUnknownTypeIsRefusedAndRecordsNothing() throws Exception {
		PersonView cadre = unpairedCadres(CadreRank.SECTION_CHIEF, 1).get(0);
		HouseholdView home = households.inDivision(HUCUN).get(11);
		long id = id(create("N_PLUS_ONE", cadre.id(), home.id()).andExpect(status().isCreated()));
		mvc.perform(json(post("/api/v1/pairings/" + id + "/visits"), Map.of("type", "PHONE_CALL", "visitedOn", "2026-03-02",
				"visitor", cadre.name(), "content", "电话了解近况")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("type"));
		mvc.perform(get("/api/v1/pairings/" + id + "/visits")).andExpect(jsonPath("$.length()").value(0));
	}

	@Test
	void endsAPairingWithAReasonAndCountsItsHelpInTheFigures() throws Exception {
		PersonView cadre = unpairedCadres(CadreRank.SECTION_CHIEF, 1).get(0);
		HouseholdView home = households.inDivision(HUCUN).get(10);
		long id = id(create("N_PLUS_ONE", cadre.id(), home.id()).andExpect(status().isCreated()));
		mvc.perform(json(post("/api/v1/pairings/" + id + "/visits"), Map.of("type", "HELP", "visitedOn", "2026-03-02",
				"visitor", cadre.name(), "content", "帮助申请产业扶持资金")))
			.andExpect(status().isCreated());
		mvc.perform(get("/api/v1/pairings/figures").param("from", "2026-01-01").param("to", "2026-12-31"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$['pairing.n1.quota_violations']").value(0));
		mvc.perform(json(post("/api/v1/pairings/" + id + "/end"), Map.of("reason", "干部调离本县")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("ENDED"))
			.andExpect(jsonPath("$.endReason").value("干部调离本县"));
		mvc.perform(get("/api/v1/pairings/" + id + "/history")).andExpect(jsonPath("$[1].status").value("ENDED"));
	}

	@Test
	void runsTheSolverForATownshipExplainsEveryPairAndConfirmsTheWholeProposal() throws Exception {
		int homes = households.inDivision(ANLE).size();
		JsonNode run = body(mvc.perform(json(post("/api/v1/pairings/runs"), Map.of("kind", "N_PLUS_ONE", "divisionCode", ANLE)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.run.status").value("DONE"))
			.andExpect(jsonPath("$.run.shortage").value(0))
			.andExpect(jsonPath("$.run.paired").value(homes))
			.andExpect(jsonPath("$.proposals[0].explanation").value(org.hamcrest.Matchers.startsWith("名额 "))));
		long runId = run.get("run").get("id").asLong();
		mvc.perform(post("/api/v1/pairings/runs/" + runId + "/confirm")).andExpect(status().isOk())
			.andExpect(jsonPath("$.confirmed").value(homes));
		mvc.perform(get("/api/v1/pairings").param("kind", "N_PLUS_ONE").param("division", ANLE).param("status", "ACTIVE"))
			.andExpect(jsonPath("$.total").value(homes));

		JsonNode again = body(mvc.perform(json(post("/api/v1/pairings/runs"), Map.of("kind", "N_PLUS_ONE", "divisionCode", ANLE)))
			.andExpect(status().isCreated()));
		assertThat(again.get("proposals").get(0).get("kept").asBoolean()).as("a re-run keeps the confirmed pairs").isTrue();
	}

	@Test
	void excludesAHouseholdFromTheNextRun() throws Exception {
		String village = households.inDivision("350424104").get(0).villageCode();
		JsonNode run = body(mvc.perform(json(post("/api/v1/pairings/runs"), Map.of("kind", "N_PLUS_ONE", "divisionCode", village)))
			.andExpect(status().isCreated()));
		long runId = run.get("run").get("id").asLong();
		long household = run.get("proposals").get(0).get("rightId").asLong();
		int paired = run.get("run").get("paired").asInt();
		mvc.perform(json(post("/api/v1/pairings/runs/" + runId + "/exclusions"), Map.of("leftSide", false, "sideId", household)))
			.andExpect(status().isNoContent());
		mvc.perform(json(post("/api/v1/pairings/runs"), Map.of("kind", "N_PLUS_ONE", "divisionCode", village)))
			.andExpect(jsonPath("$.run.paired").value(paired - 1))
			.andExpect(jsonPath("$.proposals[?(@.rightId == " + household + ")]").isEmpty());
	}

	/** Cadres with no live pairing (the demo's finished 2023–2026 N+1 term is over for every cadre). */
	private List<PersonView> unpairedCadres(CadreRank rank, int count) {
		return people.cadres(rank).stream()
			.filter(p -> pairings.ofPerson(p.id()).stream().allMatch(v -> v.status() == org.bastion.pairing.PairingStatus.ENDED))
			.skip(300)
			.limit(count)
			.toList();
	}

	private org.springframework.test.web.servlet.ResultActions create(String kind, long left, long right) throws Exception {
		return mvc.perform(json(post("/api/v1/pairings"), Map.of("kind", kind, "leftId", left, "rightId", right)));
	}

	private MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, Object body) {
		return request.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body));
	}

	private long id(org.springframework.test.web.servlet.ResultActions result) throws Exception {
		return body(result).get("id").asLong();
	}

	private JsonNode body(org.springframework.test.web.servlet.ResultActions result) throws Exception {
		return json.readTree(result.andReturn().getResponse().getContentAsString());
	}
}

package org.bastion.pairing;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;

import org.bastion.IntegrationTest;
import org.bastion.common.scope.DataScope;
import org.bastion.common.scope.DataScopes;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.convention.TestBean;
import org.springframework.test.web.servlet.MockMvc;

/** A user whose scope is 安乐镇 sees and changes only pairings with a side there (a cadre living there, or a household). */
@IntegrationTest
@WithMockUser(username = "anle", authorities = {"pairing:read", "pairing:write", "indicator:read"})
class PairingScopeTests {

	@Autowired
	MockMvc mvc;
	@Autowired
	JdbcClient jdbc;
	/** Everything while the demo data is generated at start-up; 安乐镇 in the tests. */
	static volatile DataScope scope = DataScope.everything();

	@TestBean
	DataScopes dataScopes;

	static DataScopes dataScopes() {
		return () -> scope;
	}

	@BeforeEach
	void anleOnly() {
		scope = DataScope.of(Set.of(), Set.of("350424107"));
	}

	@org.junit.jupiter.api.AfterAll
	static void everythingAgain() {
		scope = DataScope.everything();
	}

	long cuijiangPairing() {
		return jdbc.sql("select min(id) from pairing where right_division like '350424100%' and status = 'ACTIVE' "
				+ "and left_division not like '350424107%'")
			.query(Long.class)
			.single();
	}

	@Test
	void aPairingOutsideTheScopeIsNotFoundAndLeftOutOfLists() throws Exception {
		mvc.perform(get("/api/v1/pairings/" + cuijiangPairing())).andExpect(status().isNotFound());
		long cadreInAnle = jdbc.sql("select count(*) from pairing where kind = 'N_PLUS_ONE' and right_division like '350424100%' "
				+ "and left_division like '350424107%'").query(Long.class).single();
		mvc.perform(get("/api/v1/pairings").param("kind", "N_PLUS_ONE").param("division", "350424100"))
			.andExpect(jsonPath("$.total").value((int) cadreInAnle));
		long households = jdbc.sql("select count(distinct right_id) from pairing where kind = 'N_PLUS_ONE' and status <> 'PROPOSED' "
				+ "and (left_division like '350424107%' or right_division like '350424107%')").query(Long.class).single();
		mvc.perform(get("/api/v1/pairings/figures").param("from", "2020-01-01").param("to", "2030-12-31"))
			.andExpect(jsonPath("$['pairing.n1.households']").value((int) households));
	}

	@Test
	void changingAPairingOrRunningTheSolverOutsideTheScopeIsForbidden() throws Exception {
		mvc.perform(post("/api/v1/pairings/" + cuijiangPairing() + "/end").contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\":\"调离\"}")).andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/pairings/runs").contentType(MediaType.APPLICATION_JSON)
			.content("{\"kind\":\"N_PLUS_ONE\",\"divisionCode\":\"350424100\"}")).andExpect(status().isForbidden());
	}
}

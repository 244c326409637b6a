package org.bastion.common.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.bastion.IntegrationTest;
import org.bastion.common.security.Authorities;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;

import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;

@IntegrationTest
class PlatformEndpointsTests {

	@Autowired
	MockMvc mvc;

	@Test
	void healthIsUpWithTheDatabaseChecked() throws Exception {
		mvc.perform(get("/actuator/health"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("UP"))
			.andExpect(jsonPath("$.components.db.status").value("UP"));
	}

	@Test
	void theOpenApiDocumentValidatesAndDescribesTheApi() throws Exception {
		String document = mvc.perform(get("/v3/api-docs").with(user("reader").authorities(new SimpleGrantedAuthority(Authorities.ORGANIZATION_READ))))
				.andExpect(status().isOk()).andReturn().getResponse()
				.getContentAsString();
		SwaggerParseResult result = new OpenAPIParser().readContents(document, null, null);
		assertThat(result.getMessages()).isEmpty();
		assertThat(result.getOpenAPI().getPaths()).containsKey("/api/v1/divisions/{code}/children");
	}

	@Test
	void theApiHasAProperTitleDescriptionAndContact() throws Exception {
		mvc.perform(get("/v3/api-docs").with(user("reader").authorities(new SimpleGrantedAuthority(Authorities.ORGANIZATION_READ))))
			.andExpect(jsonPath("$.info.title").value("堡垒 Bastion API"))
			.andExpect(jsonPath("$.info.version").value("v1"))
			.andExpect(jsonPath("$.info.description").isNotEmpty())
			.andExpect(jsonPath("$.info.contact.name").isNotEmpty());
	}

	@Test
	void theFaviconIsServedToEveryone() throws Exception {
		mvc.perform(get("/favicon.ico")).andExpect(status().isOk());
		mvc.perform(get("/favicon.svg")).andExpect(status().isOk());
	}

	@Test
	void theApiDocumentationIsForSignedInBusinessUsersOnly() throws Exception {
		mvc.perform(get("/v3/api-docs")).andExpect(redirectedUrl("/login"));
		mvc.perform(get("/swagger-ui/index.html")).andExpect(redirectedUrl("/login"));
		mvc.perform(get("/v3/api-docs").with(user("auditor").authorities(new SimpleGrantedAuthority(Authorities.AUDIT_READ))))
			.andExpect(status().isForbidden());
	}

	@Test
	void theActuatorsDetailsAreForOperatorsAndHealthForEveryone() throws Exception {
		mvc.perform(get("/actuator/info")).andExpect(redirectedUrl("/login"));
		mvc.perform(get("/actuator/prometheus")).andExpect(redirectedUrl("/login"));
		mvc.perform(get("/actuator/info").with(user("clerk").authorities(new SimpleGrantedAuthority(Authorities.ORGANIZATION_READ))))
			.andExpect(status().isForbidden());
		mvc.perform(get("/actuator/info").with(user("ops").authorities(new SimpleGrantedAuthority(Authorities.OPERATIONS_READ))))
			.andExpect(status().isOk());
		mvc.perform(get("/actuator/health")).andExpect(status().isOk());
	}

	@Test
	void pagesNeedASignIn() throws Exception {
		mvc.perform(get("/divisions")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
	}

	@Test
	void theApiAnswersUnauthorizedWithoutCredentials() throws Exception {
		mvc.perform(get("/api/v1/divisions")).andExpect(status().isUnauthorized());
		// HTTP Basic is no longer accepted: API clients use bearer tokens
		mvc.perform(get("/api/v1/divisions").header("Authorization", "Basic YWRtaW46dGVzdC1BZG1pbi0yMDI2"))
			.andExpect(status().isUnauthorized());
		mvc.perform(get("/api/v1/divisions").header("Authorization", "Bearer bst_unknown")).andExpect(status().isUnauthorized());
	}
}

package org.bastion.access.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bastion.access.internal.AccessFixture.DEMO_PASSWORD;
import static org.bastion.access.internal.AccessFixture.address;
import static org.bastion.access.internal.AccessFixture.signIn;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.bastion.IntegrationTest;
import org.bastion.access.Role;
import org.bastion.access.UserView;
import org.bastion.organization.Organizations;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The table "What each role can do" of docs/security.md, read from the file: every cell is one real
 * request by the demo user of that role (or nobody), allowed (2xx) or refused (403, or the login form).
 */
@IntegrationTest
@Import(MovableClock.Config.class)
class RoleCapabilityTests {

	static final Path DOC = Path.of("docs/security.md");
	static final String MARK = "<!-- role capabilities: RoleCapabilityTests reads this table -->";
	static final String ANONYMOUS = "anonymous";
	static final Map<String, String> DEMO_USERS = Map.of("COUNTY_ADMIN", "county-admin", "TOWNSHIP_ADMIN", "anle-admin",
			"BRANCH_SECRETARY", "branch-secretary", "GRID_WORKER", "grid-worker", "MEMBER", "member", "SYSTEM_ADMIN", "sysadmin",
			"SECURITY_ADMIN", "secadmin", "AUDIT_ADMIN", "auditor");
	static final Map<String, MockHttpSession> SESSIONS = new ConcurrentHashMap<>();

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountService accounts;

	@Autowired
	Organizations organizations;

	@Autowired
	JdbcClient jdbc;

	static Stream<Arguments> matrix() throws IOException {
		List<String> lines = Files.readAllLines(DOC, StandardCharsets.UTF_8);
		int start = lines.indexOf(MARK);
		assertThat(start).as("the table's mark in " + DOC).isNotNegative();
		List<String> header = cells(lines.get(start + 1));
		assertThat(header.subList(2, header.size())).containsAll(Arrays.stream(Role.values()).map(Role::name).toList())
			.containsAll(DEMO_USERS.keySet()).contains(ANONYMOUS);
		List<Arguments> cases = new ArrayList<>();
		for (int i = start + 3; i < lines.size() && lines.get(i).startsWith("|"); i++) {
			List<String> row = cells(lines.get(i));
			for (int column = 2; column < header.size(); column++) {
				cases.add(Arguments.of(row.get(0), row.get(1).replace("`", ""), header.get(column), "✓".equals(row.get(column))));
			}
		}
		return cases.stream();
	}

	private static List<String> cells(String line) {
		String inner = line.strip().substring(1, line.strip().length() - 1);
		return Arrays.stream(inner.split("\\|")).map(String::strip).toList();
	}

	@ParameterizedTest(name = "{2}: {0} ({1}) allowed={3}")
	@MethodSource("matrix")
	void eachRoleCanDoExactlyWhatTheSecurityDocumentSays(String capability, String request, String role, boolean allowed)
			throws Exception {
		MockHttpServletRequestBuilder builder = request(request);
		if (!ANONYMOUS.equals(role)) {
			builder.session(session(role));
		}
		MockHttpServletResponse response = mvc.perform(builder).andReturn().getResponse();
		int status = response.getStatus();
		boolean toLogin = status / 100 == 3 && response.getRedirectedUrl() != null && response.getRedirectedUrl().endsWith("/login");
		if (allowed) {
			assertThat(status).as(role + " " + request).isBetween(200, 299);
		}
		else {
			assertThat(status == 403 || toLogin).as(role + " " + request + " refused, but got " + status).isTrue();
		}
	}

	/** The request of a table row; an allowed change is one that fails validation, so that nothing changes. */
	private MockHttpServletRequestBuilder request(String request) {
		String[] parts = request.split(" ", 2);
		String path = parts[1].replace("{person}", Long.toString(person())).replace("{business user}", Long.toString(businessUser()))
			.replace("{auditor}", Long.toString(accounts.find("auditor").orElseThrow().id()))
			.replace("{anle}", Long.toString(new AccessFixture(accounts, organizations).township("350424107")));
		if (parts[0].equals("GET")) {
			return get(path);
		}
		MockHttpServletRequestBuilder post = post(path).with(csrf());
		if (path.endsWith("/password")) {
			post.param("password", "weak");
		}
		else if (path.endsWith("/roles")) {
			post.param("role", "COUNTY_ADMIN");
		}
		return post;
	}

	private long person() {
		return jdbc.sql("select min(id) from person").query(Long.class).single();
	}

	private long businessUser() {
		return accounts.find("grid-worker").map(UserView::id).orElseThrow();
	}

	private MockHttpSession session(String role) {
		return SESSIONS.computeIfAbsent(role, r -> {
			try {
				return (MockHttpSession) signIn(mvc, DEMO_USERS.get(r), DEMO_PASSWORD, address()).andExpect(redirectedUrl("/"))
					.andReturn().getRequest().getSession();
			}
			catch (Exception e) {
				throw new IllegalStateException(e);
			}
		});
	}

	/** The indicators' API takes bearer tokens, which this table's sessions do not carry: the grant is checked on the roles. */
	@org.junit.jupiter.api.Test
	void everyBusinessRoleReadsIndicatorsAndNoSeparatedAdministratorDoes() {
		for (Role role : Role.values()) {
			assertThat(role.authorities().contains(org.bastion.common.security.Authorities.INDICATOR_READ)).as(role.name())
				.isEqualTo(role.business());
		}
	}
}

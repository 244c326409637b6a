package org.bastion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The data-scope matrix of the whole platform, signed in as the real demo users: the township
 * administrators of 安乐镇 ({@code anle-admin}) and 翠江镇 ({@code cuijiang-admin}) — through the API
 * with a bearer token they issued for themselves, and through the pages with a form sign-in. For every
 * resource neither lists, reads, counts, exports or changes the other township's records: a read is a
 * 404, a change a 403 that changes nothing, a list simply leaves them out; and no write of their own
 * (founding, re-tying, moving, a post, a household) widens their scope to the other township, the
 * county or the province.
 */
@IntegrationTest
class TownshipScopeMatrixTests {

	record Township(String user, String prefix) {
		@Override
		public String toString() {
			return user;
		}
	}

	static final Township ANLE = new Township("anle-admin", "350424107");
	static final Township CUIJIANG = new Township("cuijiang-admin", "350424100");

	static Stream<Arguments> viewers() {
		return Stream.of(Arguments.of(ANLE, CUIJIANG), Arguments.of(CUIJIANG, ANLE));
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	final JsonMapper json = JsonMapper.builder().build();

	@BeforeEach
	void demoUsersExist() {
		assertThat(jdbc.sql("select count(*) from app_user where username in ('anle-admin', 'cuijiang-admin')")
			.query(Long.class).single()).isEqualTo(2);
	}

	// --- the records of a township, found in the tables independently of the code under test ---

	List<Long> organizations(Township t) {
		return jdbc.sql("""
				select c.descendant_id from organization_closure c
				join party_organization top on top.id = c.ancestor_id
				where top.kind = 'TOWNSHIP_COMMITTEE' and top.division_code like :prefix order by c.descendant_id""")
			.param("prefix", t.prefix() + "%").query(Long.class).list();
	}

	/** Persons registered in the township and belonging to no organization, or to one of its own. */
	List<Long> persons(Township t) {
		List<Long> orgs = organizations(t);
		return jdbc.sql("select id, organization_id from person where household_division_code like :prefix order by id")
			.param("prefix", t.prefix() + "%")
			.query((rs, n) -> rs.getObject("organization_id") == null || orgs.contains(rs.getLong("organization_id"))
					? rs.getLong("id") : null)
			.list().stream().filter(java.util.Objects::nonNull).toList();
	}

	List<Long> households(Township t) {
		return jdbc.sql("select id from household where village_code like :prefix order by id")
			.param("prefix", t.prefix() + "%").query(Long.class).list();
	}

	/** Pairings whose helped side lies in the township {@code t} and neither side in the viewer's. */
	List<Long> pairings(Township t, Township viewer) {
		List<Long> viewerOrgs = organizations(viewer);
		String viewerPrefix = viewer.prefix();
		return jdbc.sql("""
				select id, left_division, right_division, left_organization_id, right_organization_id from pairing
				where right_division like :prefix order by id""")
			.param("prefix", t.prefix() + "%")
			.query((rs, n) -> {
				boolean touchesViewer = Stream.of(rs.getString("left_division"), rs.getString("right_division"))
					.anyMatch(d -> d != null && d.startsWith(viewerPrefix))
						|| Stream.of(rs.getObject("left_organization_id"), rs.getObject("right_organization_id"))
							.anyMatch(o -> o != null && viewerOrgs.contains(((Number) o).longValue()));
				return t.equals(viewer) || !touchesViewer ? rs.getLong("id") : null;
			})
			.list().stream().filter(java.util.Objects::nonNull).toList();
	}

	List<Long> candidates(Township t) {
		return jdbc.sql("select id from reserve_candidate where village_code like :prefix order by id")
			.param("prefix", t.prefix() + "%").query(Long.class).list();
	}

	// --- signing in as the real users ---

	String token(Township t) throws Exception {
		String body = json.writeValueAsString(Map.of("username", t.user(), "password", DemoSignIn.PASSWORD, "name", "scope matrix"));
		String answer = mvc.perform(post("/api/v1/auth/tokens").contentType(MediaType.APPLICATION_JSON).content(body)
			.with(r -> {
				r.setRemoteAddr(DemoSignIn.address());
				return r;
			})).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		return json.readTree(answer).get("token").asString();
	}

	MockHttpSession session(Township t) throws Exception {
		return DemoSignIn.session(mvc, t.user());
	}

	MockHttpServletRequestBuilder bearer(MockHttpServletRequestBuilder request, String token) {
		return request.header("Authorization", "Bearer " + token);
	}

	JsonNode apiGet(String token, String url) throws Exception {
		return json.readTree(mvc.perform(bearer(get(url), token)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString());
	}

	Set<Long> ids(JsonNode page) {
		Set<Long> ids = new HashSet<>();
		page.get("items").forEach(item -> ids.add(item.get("id").asLong()));
		return ids;
	}

	static <T> List<T> sample(List<T> all, int n) {
		assertThat(all).as("the demo has records of this kind in the township").isNotEmpty();
		List<T> picked = new ArrayList<>();
		for (int i = 0; i < n && i < all.size(); i++) {
			picked.add(all.get((int) ((long) i * all.size() / n) % all.size()));
		}
		return picked;
	}

	// --- the matrix ---

	@ParameterizedTest(name = "{0} reads none of {1}''s records in the API and reads its own")
	@MethodSource("viewers")
	void apiReadsOfTheOtherTownshipAre404(Township viewer, Township other) throws Exception {
		String token = token(viewer);
		Map<String, List<Long>> theirs = Map.of("/api/v1/organizations/", organizations(other), "/api/v1/people/",
				persons(other), "/api/v1/households/", households(other), "/api/v1/pairings/", pairings(other, viewer),
				"/api/v1/reserve-candidates/", candidates(other));
		Map<String, List<Long>> mine = Map.of("/api/v1/organizations/", organizations(viewer), "/api/v1/people/",
				persons(viewer), "/api/v1/households/", households(viewer), "/api/v1/pairings/", pairings(viewer, viewer),
				"/api/v1/reserve-candidates/", candidates(viewer));
		for (var resource : theirs.entrySet()) {
			for (Long id : sample(resource.getValue(), 3)) {
				mvc.perform(bearer(get(resource.getKey() + id), token))
					.andExpect(status().isNotFound());
			}
		}
		for (var resource : mine.entrySet()) {
			if (resource.getValue().isEmpty()) {
				continue;
			}
			for (Long id : sample(resource.getValue(), 2)) {
				mvc.perform(bearer(get(resource.getKey() + id), token)).andExpect(status().isOk());
			}
		}
	}

	@ParameterizedTest(name = "{0}''s API lists and counts contain nothing of {1}")
	@MethodSource("viewers")
	void apiListsAndCountsLeaveTheOtherTownshipOut(Township viewer, Township other) throws Exception {
		String token = token(viewer);
		Set<Long> listed = new HashSet<>();
		JsonNode first = apiGet(token, "/api/v1/households?size=200");
		assertThat(first.get("total").asLong()).as("households counted").isEqualTo(households(viewer).size());
		for (int page = 0; page * 200 < first.get("total").asLong(); page++) {
			listed.addAll(ids(apiGet(token, "/api/v1/households?size=200&page=" + page)));
		}
		assertThat(listed).containsExactlyInAnyOrderElementsOf(households(viewer));

		assertThat(ids(apiGet(token, "/api/v1/people?size=200"))).doesNotContainAnyElementsOf(persons(other));
		assertThat(ids(apiGet(token, "/api/v1/people?size=200&villageCode=" + other.prefix()))).isEmpty();
		assertThat(apiGet(token, "/api/v1/people?villageCode=" + other.prefix()).get("total").asLong()).isZero();
		assertThat(ids(apiGet(token, "/api/v1/organizations?size=200"))).doesNotContainAnyElementsOf(organizations(other))
			.containsAnyElementsOf(organizations(viewer));
		assertThat(ids(apiGet(token, "/api/v1/pairings?size=200"))).doesNotContainAnyElementsOf(pairings(other, viewer));
				JsonNode candidates = apiGet(token, "/api/v1/reserve-candidates?size=200");
		Set<Long> candidateIds = new HashSet<>();
		(candidates.isArray() ? candidates : candidates.get("items")).forEach(c -> candidateIds.add(c.get("id").asLong()));
		assertThat(candidateIds).doesNotContainAnyElementsOf(candidates(other)).containsAnyElementsOf(candidates(viewer));
	}

	@ParameterizedTest(name = "{0}''s indicators count and list nothing of {1}")
	@MethodSource("viewers")
	void indicatorsOfTheOtherTownshipAre404AndDrillDownsListNoneOfItsRecords(Township viewer, Township other) throws Exception {
		String token = token(viewer);
		mvc.perform(bearer(get("/api/v1/indicators?scope=" + committee(other)), token)).andExpect(status().isNotFound());
		mvc.perform(bearer(get("/api/v1/indicators/pairing.n1.households?scope=" + committee(other)), token))
			.andExpect(status().isNotFound());
		mvc.perform(bearer(get("/api/v1/indicators/pairing.n1.households/records?scope=" + committee(other)), token))
			.andExpect(status().isNotFound());
		List<Long> theirPairings = pairings(other, viewer);
		JsonNode values = apiGet(token, "/api/v1/indicators");
		for (JsonNode v : values.get("indicators")) {
			String code = v.get("code").asString();
			JsonNode records = apiGet(token, "/api/v1/indicators/" + code + "/records?size=200");
			Set<Long> listed = new HashSet<>();
			records.get("content").forEach(r -> {
				if ("pairing".equals(r.get("recordType").asString())) {
					listed.add(r.get("recordId").asLong());
				}
			});
			assertThat(listed).as(code).doesNotContainAnyElementsOf(theirPairings);
		}
		long ownHouseholds = apiGet(token, "/api/v1/indicators/pairing.n1.households").get("indicator").get("value").asLong();
		assertThat(ownHouseholds).isEqualTo(jdbc.sql("select count(distinct right_id) from pairing where kind = 'N_PLUS_ONE' "
				+ "and status <> 'PROPOSED' and starts_on <= '2026-12-31' and (ends_on is null or ends_on >= '2026-01-01') "
				+ "and (right_division like :prefix or left_division like :prefix or left_organization_id in (:orgs) "
				+ "or right_organization_id in (:orgs))")
			.param("prefix", viewer.prefix() + "%").param("orgs", organizations(viewer)).query(Long.class).single());
	}

	@ParameterizedTest(name = "{0} changes none of {1}''s records: 403 and nothing written")
	@MethodSource("viewers")
	void apiChangesOfTheOtherTownshipAre403AndChangeNothing(Township viewer, Township other) throws Exception {
		String token = token(viewer);
		long organization = sample(organizations(other), 1).get(0);
		String nameBefore = jdbc.sql("select name from party_organization where id = :id").param("id", organization)
			.query(String.class).single();
		long version = jdbc.sql("select version from party_organization where id = :id").param("id", organization)
			.query(Long.class).single();
		mvc.perform(bearer(put("/api/v1/organizations/" + organization), token).contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(Map.of("name", "越权改名", "version", version)))).andExpect(status().isForbidden());
		assertThat(jdbc.sql("select name from party_organization where id = :id").param("id", organization)
			.query(String.class).single()).isEqualTo(nameBefore);

		long pairing = sample(pairings(other, viewer), 1).get(0);
		String pairingStatus = jdbc.sql("select status from pairing where id = :id").param("id", pairing).query(String.class).single();
		mvc.perform(bearer(post("/api/v1/pairings/" + pairing + "/end"), token).contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\":\"越权结束\"}")).andExpect(status().isForbidden());
		assertThat(jdbc.sql("select status from pairing where id = :id").param("id", pairing).query(String.class).single())
			.isEqualTo(pairingStatus);

		long candidate = sample(candidates(other), 1).get(0);
		String state = jdbc.sql("select state from reserve_candidate where id = :id").param("id", candidate)
			.query(String.class).single();
		mvc.perform(bearer(post("/api/v1/reserve-candidates/" + candidate + "/township-review"), token)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"passed\":false,\"reason\":\"越权\"}"))
			.andExpect(status().isForbidden());
		assertThat(jdbc.sql("select state from reserve_candidate where id = :id").param("id", candidate)
			.query(String.class).single()).isEqualTo(state);
	}

	long committee(Township t) {
		return jdbc.sql("select id from party_organization where kind = 'TOWNSHIP_COMMITTEE' and division_code = :code"
				+ " and parent_id in (select id from party_organization where kind = 'COUNTY_COMMITTEE' and division_code = '350424')")
			.param("code", t.prefix()).query(Long.class).single();
	}

	String village(Township t) {
		return jdbc.sql("select min(code) from division where code like :prefix and level = 'VILLAGE'")
			.param("prefix", t.prefix() + "%").query(String.class).single();
	}

	long count(String sql, Object... params) {
		return jdbc.sql(sql).params(params).query(Long.class).single();
	}

	@ParameterizedTest(name = "{0} cannot widen its scope to {1}, the county or the province through its own writes")
	@MethodSource("viewers")
	void apiWritesThatWouldWidenTheScopeAreRefusedAndTheScopeStaysAsItWas(Township viewer, Township other) throws Exception {
		String token = token(viewer);
		long committee = committee(viewer);
		List<Long> ownBranches = jdbc.sql("select id from party_organization where kind in ('VILLAGE_BRANCH', 'VILLAGE_GENERAL_BRANCH')"
				+ " and division_code like :prefix and not dissolved order by id").param("prefix", viewer.prefix() + "%")
			.query(Long.class).list();
		long theirPerson = sample(persons(other), 1).get(0);
		long organizationsBefore = count("select count(*) from party_organization");

		// founding under the own committee, tied to the other township, the county, the province
		for (String code : List.of(village(other), "350424", "35")) {
			mvc.perform(bearer(post("/api/v1/organizations"), token).contentType(MediaType.APPLICATION_JSON)
				.content(json.writeValueAsString(Map.of("name", "扩权支部", "kind", "NON_PUBLIC_ENTERPRISE", "divisionCode", code,
						"parentId", committee))))
				.andExpect(status().isBadRequest());
		}
		// the same through the page: the form comes back with the reason, nothing founded
		MockHttpSession session = session(viewer);
		mvc.perform(post("/organizations/new").session(session).with(csrf()).param("name", "扩权支部")
			.param("kind", "NON_PUBLIC_ENTERPRISE").param("divisionCode", "350424").param("parentId", String.valueOf(committee)))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.containsString("不在上级党组织的行政区划")));
		assertThat(count("select count(*) from party_organization")).isEqualTo(organizationsBefore);

		// re-tying the own committee, or a branch, to more land
		long committeeVersion = count("select version from party_organization where id = ?", committee);
		String committeeName = jdbc.sql("select name from party_organization where id = ?").param(committee).query(String.class).single();
		mvc.perform(bearer(put("/api/v1/organizations/" + committee), token).contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(Map.of("name", committeeName, "divisionCode", "350424", "version", committeeVersion))))
			.andExpect(status().isBadRequest());
		long branch = ownBranches.get(0);
		String branchName = jdbc.sql("select name from party_organization where id = ?").param(branch).query(String.class).single();
		mvc.perform(bearer(put("/api/v1/organizations/" + branch), token).contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(Map.of("name", branchName, "divisionCode", village(other), "version",
					count("select version from party_organization where id = ?", branch)))))
			.andExpect(status().isBadRequest());
		assertThat(jdbc.sql("select division_code from party_organization where id = ?").param(committee).query(String.class)
			.single()).isEqualTo(viewer.prefix());
		assertThat(jdbc.sql("select division_code from party_organization where id = ?").param(branch).query(String.class)
			.single()).startsWith(viewer.prefix());

		// moving a branch under another village's branch, whose division does not contain it
		long parent = count("select parent_id from party_organization where id = ?", branch);
		mvc.perform(bearer(post("/api/v1/organizations/" + branch + "/move"), token).contentType(MediaType.APPLICATION_JSON)
			.content("{\"newParentId\":" + ownBranches.get(1) + "}")).andExpect(status().isBadRequest());
		assertThat(count("select parent_id from party_organization where id = ?", branch)).isEqualTo(parent);

		// a post, or a household of the own village, naming a person of the other township
		long posts = count("select count(*) from party_position");
		mvc.perform(bearer(post("/api/v1/organizations/" + committee + "/positions"), token)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"personId\":" + theirPerson + ",\"role\":\"COMMITTEE_MEMBER\",\"since\":\"2026-01-05\"}"))
			.andExpect(status().isBadRequest());
		assertThat(count("select count(*) from party_position")).isEqualTo(posts);
		mvc.perform(bearer(post("/api/v1/households"), token).contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(Map.of("householdNumber", "扩权户-" + viewer.user(), "villageCode", village(viewer),
					"headId", theirPerson, "status", "IN_POVERTY", "members", List.of()))))
			.andExpect(status().isBadRequest());
		assertThat(count("select count(*) from household where household_number = ?", "扩权户-" + viewer.user())).isZero();

		// and the scope is what it was
		assertThat(apiGet(token, "/api/v1/households?size=1").get("total").asLong()).isEqualTo(households(viewer).size());
		assertThat(apiGet(token, "/api/v1/people?villageCode=" + other.prefix()).get("total").asLong()).isZero();
		mvc.perform(bearer(get("/api/v1/people/" + theirPerson), token)).andExpect(status().isNotFound());
	}

	@ParameterizedTest(name = "{0}''s pages show none of {1}''s records")
	@MethodSource("viewers")
	void pagesOfTheOtherTownshipAre404(Township viewer, Township other) throws Exception {
		MockHttpSession session = session(viewer);
		Map<String, List<Long>> pages = Map.of("/organizations/", organizations(other), "/people/", persons(other),
				"/households/", households(other), "/pairings/pair/", pairings(other, viewer), "/reserve/candidates/",
				candidates(other));
		for (var page : pages.entrySet()) {
			for (Long id : sample(page.getValue(), 2)) {
				mvc.perform(get(page.getKey() + id).session(session)).andExpect(status().isNotFound());
			}
		}
		mvc.perform(get("/people/" + sample(persons(other), 1).get(0) + "/edit").session(session))
			.andExpect(status().isNotFound());
		mvc.perform(get("/people/" + sample(persons(viewer), 1).get(0)).session(session)).andExpect(status().isOk());
	}

	/** The ids or codes a picker's answer offers (its options' {@code data-value}). */
	Set<String> picked(MockHttpSession session, String kind, String q) throws Exception {
		String html = mvc.perform(get("/pick/" + kind).param("q", q).header("HX-Request", "true").session(session))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		Set<String> values = new HashSet<>();
		java.util.regex.Matcher m = java.util.regex.Pattern.compile("data-value=\"([^\"]+)\"").matcher(html);
		while (m.find()) {
			values.add(m.group(1));
		}
		return values;
	}

	static Set<String> strings(List<Long> ids) {
		Set<String> values = new HashSet<>();
		ids.forEach(id -> values.add(String.valueOf(id)));
		return values;
	}

	String name(String sql, long id) {
		return jdbc.sql(sql).param(id).query(String.class).single();
	}

	@ParameterizedTest(name = "{0}''s pickers never offer {1}''s organizations, persons, households or divisions")
	@MethodSource("viewers")
	void pickersOfferNothingOfTheOtherTownship(Township viewer, Township other) throws Exception {
		MockHttpSession session = session(viewer);
		Set<String> theirOrganizations = strings(organizations(other));
		Set<String> theirPersons = strings(persons(other));
		Set<String> theirHouseholds = strings(households(other));

		String theirCommittee = name("select name from party_organization where id = ?", committee(other));
		for (String q : List.of(theirCommittee, "村", "党", "支部")) {
			assertThat(picked(session, "organization", q)).as("organizations for " + q).doesNotContainAnyElementsOf(theirOrganizations);
		}
		assertThat(picked(session, "organization", "村")).as("its own branches are offered").isNotEmpty()
			.isSubsetOf(strings(organizations(viewer)));
		for (Long person : sample(persons(other), 3)) {
			String name = name("select name from person where id = ?", person);
			assertThat(picked(session, "person", name)).as("persons named " + name).doesNotContainAnyElementsOf(theirPersons);
			assertThat(picked(session, "person", name.substring(0, 1))).doesNotContainAnyElementsOf(theirPersons);
		}
		for (Long household : sample(households(other), 3)) {
			String head = name("select p.name from household h join person p on p.id = h.head_person_id where h.id = ?", household);
			assertThat(picked(session, "household", head)).as("households headed by " + head)
				.doesNotContainAnyElementsOf(theirHouseholds);
		}
		String theirTownship = jdbc.sql("select name from division where code = ?").param(other.prefix()).query(String.class).single();
		assertThat(picked(session, "division", theirTownship)).allMatch(code -> code.startsWith(viewer.prefix()));
		assertThat(picked(session, "division", other.prefix())).isEmpty();
		assertThat(picked(session, "division", viewer.prefix())).isNotEmpty().allMatch(code -> code.startsWith(viewer.prefix()));
	}

	@ParameterizedTest(name = "{0}''s Excel exports hold only its own households")
	@MethodSource("viewers")
	void exportsHoldOnlyTheViewersOwnRecords(Township viewer, Township other) throws Exception {
		MockHttpSession session = session(viewer);
		byte[] workbook = mvc.perform(get("/households/export.xlsx").session(session)).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsByteArray();
		assertOnlyOwnHouseholds(workbook, viewer, other);
		// the POST that starts a big export as long work answers a small one at once, just as scoped
		assertOnlyOwnHouseholds(mvc.perform(post("/households/export.xlsx").session(session).with(csrf()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray(), viewer, other);
	}

	@ParameterizedTest(name = "{0}''s exported file is not found for the other township")
	@MethodSource("viewers")
	void aBigExportsFileIsItsOwnersOnly(Township viewer, Township other) throws Exception {
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into platform_work (kind, work_key, title, owner_username, state, started_at, touched_at, ended_at)
				values ('people.export.households', :owner, '导出：贫困户.xlsx', :owner, 'DONE', current_timestamp,
				current_timestamp, current_timestamp)""")
			.param("owner", viewer.user()).update(key, "id");
		long work = key.getKeyAs(Number.class).longValue();
		jdbc.sql("""
				insert into platform_work_file (work_id, file_name, content_type, size_bytes, created_at, content)
				values (?, '贫困户.xlsx', 'application/octet-stream', 2, current_timestamp, ?)""").param(work).param(new byte[] {'P', 'K'})
			.update();
		mvc.perform(get("/work/{id}/file", work).session(session(other))).andExpect(status().isNotFound());
		mvc.perform(get("/work/{id}", work).session(session(other))).andExpect(status().isNotFound());
		mvc.perform(get("/work/{id}/file", work).session(session(viewer))).andExpect(status().isOk());
	}

	private void assertOnlyOwnHouseholds(byte[] workbook, Township viewer, Township other) throws Exception {
		Set<String> numbers = new HashSet<>();
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
			Sheet sheet = book.getSheetAt(0);
			DataFormatter cells = new DataFormatter();
			for (Row row : sheet) {
				if (row.getRowNum() > 0) {
					numbers.add(cells.formatCellValue(row.getCell(0)));
				}
			}
		}
		List<String> own = jdbc.sql("select household_number from household where village_code like :prefix")
			.param("prefix", viewer.prefix() + "%").query(String.class).list();
		List<String> theirs = jdbc.sql("select household_number from household where village_code like :prefix")
			.param("prefix", other.prefix() + "%").query(String.class).list();
		assertThat(numbers).containsAll(own).doesNotContainAnyElementsOf(theirs);
	}

	// --- the records registers (project, funds): in scope by their village or their organizations ---

	/** Projects in the township {@code t}'s villages that no organization of the viewer owns. */
	List<Long> projects(Township t, Township viewer) {
		List<Long> viewerOrgs = organizations(viewer);
		return jdbc.sql("select id, owner_organization_id from project where village_code like :prefix order by id")
			.param("prefix", t.prefix() + "%")
			.query((rs, n) -> t.equals(viewer) || !viewerOrgs.contains(rs.getLong("owner_organization_id")) ? rs.getLong("id") : null)
			.list().stream().filter(java.util.Objects::nonNull).toList();
	}

	/** Ledger entries for the township {@code t}'s villages that neither pays nor receives an organization of the viewer. */
	List<Long> funds(Township t, Township viewer) {
		List<Long> viewerOrgs = organizations(viewer);
		return jdbc.sql("select id, payer_organization_id, payee_organization_id from fund_entry where village_code like :prefix order by id")
			.param("prefix", t.prefix() + "%")
			.query((rs, n) -> t.equals(viewer) || java.util.stream.Stream.of(rs.getObject("payer_organization_id"), rs.getObject("payee_organization_id"))
				.noneMatch(o -> o != null && viewerOrgs.contains(((Number) o).longValue())) ? rs.getLong("id") : null)
			.list().stream().filter(java.util.Objects::nonNull).toList();
	}

	@ParameterizedTest(name = "{0} reads, lists and exports none of {1}''s projects and ledger entries")
	@MethodSource("viewers")
	void registersOfTheOtherTownshipAreNotFoundNotListedNotExported(Township viewer, Township other) throws Exception {
		String token = token(viewer);
		MockHttpSession session = session(viewer);
		Map<String, List<List<Long>>> registers = Map.of("projects", List.of(projects(other, viewer), projects(viewer, viewer)),
				"funds", List.of(funds(other, viewer), funds(viewer, viewer)));
		for (var register : registers.entrySet()) {
			String name = register.getKey();
			List<Long> theirs = register.getValue().get(0);
			List<Long> mine = register.getValue().get(1);
			for (Long id : sample(theirs, 3)) {
				mvc.perform(bearer(get("/api/v1/" + name + "/" + id), token)).andExpect(status().isNotFound());
				mvc.perform(get("/" + name + "/" + id).session(session)).andExpect(status().isNotFound());
				mvc.perform(get("/" + name + "/" + id + "/edit").session(session)).andExpect(status().isNotFound());
			}
			for (Long id : sample(mine, 2)) {
				mvc.perform(bearer(get("/api/v1/" + name + "/" + id), token)).andExpect(status().isOk());
			}
			assertThat(ids(apiGet(token, "/api/v1/" + name + "?size=200"))).as(name).doesNotContainAnyElementsOf(theirs)
				.containsAll(mine);
			assertThat(apiGet(token, "/api/v1/" + name + "?villageCode=" + other.prefix()).get("total").asLong()).isZero();
			byte[] workbook = mvc.perform(get("/" + name + "/export.xlsx").session(session)).andExpect(status().isOk()).andReturn()
				.getResponse().getContentAsByteArray();
			Set<Long> exported = new HashSet<>();
			try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
				for (Row row : book.getSheetAt(0)) {
					if (row.getRowNum() > 0) {
						exported.add((long) row.getCell(0).getNumericCellValue());
					}
				}
			}
			assertThat(exported).as(name + " exported").containsAll(mine).doesNotContainAnyElementsOf(theirs);
		}
		for (Long pairing : sample(pairings(other, viewer), 2)) {
			mvc.perform(bearer(get("/api/v1/pairings/" + pairing + "/household-work"), token)).andExpect(status().isNotFound());
		}
	}

	@ParameterizedTest(name = "{0} changes none of {1}''s projects and ledger entries: 403 and nothing written")
	@MethodSource("viewers")
	void registerChangesOfTheOtherTownshipAre403AndChangeNothing(Township viewer, Township other) throws Exception {
		String token = token(viewer);
		long project = sample(projects(other, viewer), 1).get(0);
		String name = jdbc.sql("select name from project where id = ?").param(project).query(String.class).single();
		Map<String, Object> change = jdbc.sql("select kind, village_code, owner_organization_id, starts_on, status, version from project"
				+ " where id = ?").param(project).query((rs, n) -> {
					Map<String, Object> values = new java.util.LinkedHashMap<>();
					values.put("kind", rs.getString("kind"));
					values.put("name", "越权改名");
					values.put("villageCode", rs.getString("village_code"));
					values.put("ownerOrganizationId", rs.getLong("owner_organization_id"));
					values.put("startsOn", rs.getDate("starts_on").toLocalDate().toString());
					values.put("status", rs.getString("status"));
					values.put("version", rs.getLong("version"));
					return values;
				}).single();
		mvc.perform(bearer(put("/api/v1/projects/" + project), token).contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(change))).andExpect(status().isForbidden());
		assertThat(jdbc.sql("select name from project where id = ?").param(project).query(String.class).single()).isEqualTo(name);
		mvc.perform(bearer(post("/api/v1/projects"), token).contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(Map.of("kind", "ASSISTANCE", "name", "越权项目", "villageCode", village(other),
					"ownerOrganizationId", committee(viewer), "startsOn", "2026-03-01", "status", "PLANNED"))))
			.andExpect(status().isForbidden());
		assertThat(count("select count(*) from project where name = ?", "越权项目")).isZero();

		long entry = sample(funds(other, viewer), 1).get(0);
		String amount = jdbc.sql("select amount_yuan from fund_entry where id = ?").param(entry).query(String.class).single();
		Map<String, Object> fundChange = jdbc.sql("select kind, payer_organization_id, payee_organization_id, paid_on, village_code, version"
				+ " from fund_entry where id = ?").param(entry).query((rs, n) -> {
					Map<String, Object> values = new java.util.LinkedHashMap<>();
					values.put("kind", rs.getString("kind"));
					values.put("amountYuan", 1);
					values.put("purpose", "越权改账");
					values.put("payerOrganizationId", rs.getObject("payer_organization_id"));
					values.put("payeeOrganizationId", rs.getObject("payee_organization_id"));
					values.put("paidOn", rs.getDate("paid_on").toLocalDate().toString());
					values.put("villageCode", rs.getString("village_code"));
					values.put("version", rs.getLong("version"));
					return values;
				}).single();
		mvc.perform(bearer(put("/api/v1/funds/" + entry), token).contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(fundChange))).andExpect(status().isForbidden());
		assertThat(jdbc.sql("select amount_yuan from fund_entry where id = ?").param(entry).query(String.class).single()).isEqualTo(amount);
		// naming the other township's committee as the payee: no such organization for the viewer (as a post naming their person)
		mvc.perform(bearer(post("/api/v1/funds"), token).contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(Map.of("kind", "ASSISTANCE", "amountYuan", 1000, "purpose", "越权入账",
					"payerOrganizationId", committee(viewer), "payeeOrganizationId", committee(other), "paidOn", "2026-03-01"))))
			.andExpect(status().isBadRequest());
		mvc.perform(bearer(post("/api/v1/funds"), token).contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(Map.of("kind", "ASSISTANCE", "amountYuan", 1000, "purpose", "越权入账",
					"payerOrganizationId", committee(viewer), "villageCode", village(other), "paidOn", "2026-03-01"))))
			.andExpect(status().isForbidden());
		assertThat(count("select count(*) from fund_entry where purpose = ?", "越权入账")).isZero();
	}

	@ParameterizedTest(name = "{0} reads no dashboard, figure, drill-down or work report of {1}, and reads its own")
	@MethodSource("viewers")
	void figuresAndReportsOfTheOtherTownshipAre404(Township viewer, Township other) throws Exception {
		long theirs = committee(other);
		long mine = committee(viewer);
		MockHttpSession session = session(viewer);
		for (String page : List.of("/?scope=", "/dashboard/wall?scope=", "/reports/work?scope=", "/reports/work.pdf?scope=",
				"/reports/work.docx?scope=", "/reports/work.xlsx?scope=", "/indicators/pairing.n1.households?scope=",
				"/indicators/pairing.n1.households/records.xlsx?scope=")) {
			mvc.perform(get(page + theirs).session(session)).andExpect(status().isNotFound());
			mvc.perform(get(page + mine).session(session)).andExpect(status().isOk());
		}
		String token = token(viewer);
		mvc.perform(bearer(get("/api/v1/reports/work?format=pdf&scope=" + theirs), token)).andExpect(status().isNotFound());
		JsonNode own = apiGet(token, "/api/v1/reports/work");
		assertThat(own.get("scopeId").asLong()).as("the report of the whole scope is the township's").isEqualTo(mine);
	}
}

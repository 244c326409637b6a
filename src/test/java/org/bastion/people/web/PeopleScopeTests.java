package org.bastion.people.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bastion.SwitchedDataScopes.scope;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.bastion.IntegrationTest;
import org.bastion.SwitchedScopeSupport;
import org.bastion.common.ChineseIdNumber;
import org.bastion.common.PageRequest;
import org.bastion.common.audit.AuditAction;
import org.bastion.common.audit.AuditEvent;
import org.bastion.common.scope.DataScope;
import org.bastion.common.scope.DataScopes;
import org.bastion.platform.WorkResults;
import org.bastion.geography.Divisions;
import org.bastion.organization.OrganizationSearch;
import org.bastion.organization.OrganizationView;
import org.bastion.organization.Organizations;
import org.bastion.people.HouseholdData;
import org.bastion.people.HouseholdStatus;
import org.bastion.people.HouseholdView;
import org.bastion.people.PeopleTestData;
import org.bastion.people.PersonData;
import org.bastion.people.PersonFixtures;
import org.bastion.people.PersonView;
import org.bastion.people.internal.HouseholdManagement;
import org.bastion.people.internal.PersonManagement;
import org.bastion.people.internal.PersonSheet;
import org.bastion.people.internal.PersonWorkbooks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import tools.jackson.databind.json.JsonMapper;

/**
 * A user of 安乐镇 and a user of 翠江镇, over every person and household resource of the API and the
 * pages: neither sees, counts, searches, exports, imports into or changes the other's records. A
 * test double replaces the access module's {@link DataScopes}; each test switches the scope.
 */
@IntegrationTest
@RecordApplicationEvents
@WithMockUser(username = "township-admin", authorities = {"person:read", "person:write", "household:read",
		"household:write", "data:import", "data:export", "organization:read"})
class PeopleScopeTests extends SwitchedScopeSupport {

	static final String ANLE = "中共宁化县安乐镇委员会";
	static final String CUIJIANG = "中共宁化县翠江镇委员会";
	static final String ANLE_DIVISION = "350424107";
	static final String CUIJIANG_DIVISION = "350424100";

	@Autowired
	MockMvc mvc;
	@Autowired
	Organizations organizations;
	@Autowired
	Divisions divisions;
	@Autowired
	PersonManagement people;
	@Autowired
	HouseholdManagement households;
	@Autowired
	PersonSheet personSheet;
	@Autowired
	org.bastion.people.internal.HouseholdSheet householdSheet;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	ApplicationEvents events;

	final JsonMapper json = JsonMapper.builder().build();

	/** A text in the name of every person this test registers, so that searches find only them. */
	String tag;
	OrganizationView anle;
	OrganizationView cuijiang;
	String anleVillage;
	String cuijiangVillage;
	PersonView anleResident;
	PersonView cuijiangResident;
	/** A member of 安乐镇's committee registered in a 翠江镇 village: in 安乐镇's scope through the organization. */
	PersonView anleMemberLivingInCuijiang;
	PersonView cuijiangMember;
	HouseholdView anleHousehold;
	HouseholdView cuijiangHousehold;
	final Map<Long, String> idNumbers = new java.util.HashMap<>();

	@BeforeEach
	void registerOnePersonAndHouseholdOnEachSide() {
		scope = DataScope::everything;
		tag = PeopleTestData.uniqueName("");
		anle = named(ANLE);
		cuijiang = named(CUIJIANG);
		anleVillage = divisions.villagesUnder(ANLE_DIVISION).get(0).code();
		cuijiangVillage = divisions.villagesUnder(CUIJIANG_DIVISION).get(0).code();
		anleResident = register(PersonFixtures.resident("安乐" + tag, anleVillage));
		cuijiangResident = register(PersonFixtures.resident("翠江" + tag, cuijiangVillage));
		anleMemberLivingInCuijiang = register(PersonFixtures.member("安乐党员" + tag, cuijiangVillage, anle.id()));
		cuijiangMember = register(PersonFixtures.member("翠江党员" + tag, cuijiangVillage, cuijiang.id()));
		anleHousehold = households.register(new HouseholdData("AL-" + tag, anleVillage, anleResident.id(),
				HouseholdStatus.IN_POVERTY, null, List.of()));
		cuijiangHousehold = households.register(new HouseholdData("CJ-" + tag, cuijiangVillage, cuijiangResident.id(),
				HouseholdStatus.IN_POVERTY, null, List.of()));
		events.clear();
	}

	private PersonView register(PersonData data) {
		PersonView person = people.register(data);
		idNumbers.put(person.id(), data.idNumber());
		return person;
	}

	void actAsAnle() {
		scope = () -> DataScope.of(organizations.subtreeIds(anle.id()), Set.of(ANLE_DIVISION));
	}

	void actAsCuijiang() {
		scope = () -> DataScope.of(organizations.subtreeIds(cuijiang.id()), Set.of(CUIJIANG_DIVISION));
	}

	@Test
	void theApiListsAndSearchesOnlyThePersonsOfEachScope() throws Exception {
		actAsAnle();
		mvc.perform(get("/api/v1/people").param("q", tag))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(2))
			.andExpect(content().string(containsString("安乐" + tag)))
			.andExpect(content().string(containsString("安乐党员" + tag)))
			.andExpect(content().string(not(containsString("翠江" + tag))));
		actAsCuijiang();
		// the member of 安乐镇's committee is registered in 翠江镇: in both scopes
		mvc.perform(get("/api/v1/people").param("q", tag))
			.andExpect(jsonPath("$.total").value(3))
			.andExpect(content().string(containsString("翠江党员" + tag)))
			.andExpect(content().string(containsString("安乐党员" + tag)))
			.andExpect(content().string(not(containsString("\"安乐" + tag))));
	}

	@Test
	void aSearchByFullIdNumberFindsOnlyWithinTheScope() throws Exception {
		String anleId = fullIdNumber(anleResident.id());
		String cuijiangId = fullIdNumber(cuijiangResident.id());
		actAsAnle();
		mvc.perform(get("/api/v1/people").param("q", anleId))
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.items[0].id").value(anleResident.id()));
		mvc.perform(get("/api/v1/people").param("q", cuijiangId)).andExpect(jsonPath("$.total").value(0));
		actAsCuijiang();
		mvc.perform(get("/api/v1/people").param("q", cuijiangId)).andExpect(jsonPath("$.total").value(1));
		mvc.perform(get("/api/v1/people").param("q", anleId)).andExpect(jsonPath("$.total").value(0));
	}

	@Test
	void theApiCountsTheSameAsAnIndependentQueryOfTheScope() throws Exception {
		actAsAnle();
		List<Long> organizationIds = organizations.subtreeIds(anle.id());
		long expected = jdbc.sql("select count(*) from person where organization_id in (:ids) or household_division_code like :prefix")
			.param("ids", organizationIds).param("prefix", ANLE_DIVISION + "%").query(Long.class).single();
		mvc.perform(get("/api/v1/people").param("size", "1"))
			.andExpect(jsonPath("$.total").value(expected));
		long households = jdbc.sql("select count(*) from household where village_code like :prefix")
			.param("prefix", ANLE_DIVISION + "%").query(Long.class).single();
		mvc.perform(get("/api/v1/households").param("size", "1"))
			.andExpect(jsonPath("$.total").value(households));
		mvc.perform(get("/"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(">" + String.format("%,d", expected) + "<")))
			.andExpect(content().string(containsString(">" + String.format("%,d", households) + "<")));
	}

	@Test
	void aPersonOutsideTheScopeIsNotFoundInTheApiOrThePages() throws Exception {
		actAsAnle();
		mvc.perform(get("/api/v1/people/{id}", anleResident.id())).andExpect(status().isOk());
		mvc.perform(get("/api/v1/people/{id}", anleMemberLivingInCuijiang.id())).andExpect(status().isOk());
		mvc.perform(get("/api/v1/people/{id}", cuijiangResident.id())).andExpect(status().isNotFound());
		mvc.perform(get("/people/{id}", cuijiangResident.id())).andExpect(status().isNotFound());
		mvc.perform(get("/people/{id}/edit", cuijiangResident.id())).andExpect(status().isNotFound());
		actAsCuijiang();
		mvc.perform(get("/api/v1/people/{id}", cuijiangResident.id())).andExpect(status().isOk());
		mvc.perform(get("/api/v1/people/{id}", anleResident.id())).andExpect(status().isNotFound());
		mvc.perform(get("/people/{id}", anleMemberLivingInCuijiang.id()))
			.andExpect(status().isOk());
	}

	@Test
	void aChangeToAPersonOutsideTheScopeIsForbiddenAndChangesNothing() throws Exception {
		actAsAnle();
		Map<String, Object> body = body(PersonFixtures.resident("改名" + tag, cuijiangVillage), cuijiangResident.version());
		mvc.perform(put("/api/v1/people/{id}", cuijiangResident.id()).contentType(MediaType.APPLICATION_JSON)
				.content(json.writeValueAsString(body)))
			.andExpect(status().isForbidden());
		mvc.perform(post("/people/{id}/edit", cuijiangResident.id()).with(csrf()).param("name", "改名" + tag)
				.param("version", String.valueOf(cuijiangResident.version())))
			.andExpect(status().isForbidden());
		scope = DataScope::everything;
		assertThat(people.get(cuijiangResident.id()).name()).isEqualTo("翠江" + tag);
	}

	@Test
	void registeringAPersonInAnotherTownshipIsForbidden() throws Exception {
		actAsAnle();
		mvc.perform(post("/api/v1/people").contentType(MediaType.APPLICATION_JSON)
				.content(json.writeValueAsString(body(PersonFixtures.resident("外镇" + tag, cuijiangVillage), null))))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/people").contentType(MediaType.APPLICATION_JSON)
				.content(json.writeValueAsString(body(PersonFixtures.member("外党员" + tag, anleVillage, cuijiang.id()), null))))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/people").contentType(MediaType.APPLICATION_JSON)
				.content(json.writeValueAsString(body(PersonFixtures.resident("本镇" + tag, anleVillage), null))))
			.andExpect(status().isCreated());
		assertThat(jdbc.sql("select count(*) from person where name in (:names)").param("names", List.of("外镇" + tag, "外党员" + tag))
			.query(Long.class).single()).isZero();
	}

	@Test
	void thePersonListPageShowsOnlyTheScope() throws Exception {
		actAsCuijiang();
		mvc.perform(get("/people").param("q", tag))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("翠江" + tag)))
			.andExpect(content().string(not(containsString("安乐" + tag))));
		mvc.perform(get("/people/fragments/organization/{id}/members", cuijiang.id()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("翠江党员" + tag)));
		actAsAnle();
		mvc.perform(get("/people/fragments/organization/{id}/members", cuijiang.id()))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("翠江党员" + tag))));
		mvc.perform(get("/people").param("q", tag))
			.andExpect(content().string(containsString("安乐" + tag)))
			.andExpect(content().string(not(containsString("翠江" + tag))));
	}

	@Test
	void householdsOutsideTheScopeAreLeftOutNotFoundAndForbidden() throws Exception {
		actAsAnle();
		mvc.perform(get("/api/v1/households").param("villageCode", anleVillage).param("size", "200"))
			.andExpect(content().string(containsString("AL-" + tag)));
		mvc.perform(get("/api/v1/households").param("villageCode", cuijiangVillage))
			.andExpect(jsonPath("$.total").value(0));
		mvc.perform(get("/api/v1/households/{id}", cuijiangHousehold.id())).andExpect(status().isNotFound());
		mvc.perform(get("/households/{id}", cuijiangHousehold.id())).andExpect(status().isNotFound());
		mvc.perform(get("/households").param("villageCode", cuijiangVillage))
			.andExpect(content().string(not(containsString("CJ-" + tag))));
		Map<String, Object> change = householdBody(cuijiangHousehold, "CJ-" + tag + "X");
		mvc.perform(put("/api/v1/households/{id}", cuijiangHousehold.id()).contentType(MediaType.APPLICATION_JSON)
				.content(json.writeValueAsString(change)))
			.andExpect(status().isForbidden());
		Map<String, Object> create = householdBody(cuijiangHousehold, "CJ2-" + tag);
		create.remove("version");
		mvc.perform(post("/api/v1/households").contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(create)))
			.andExpect(status().isForbidden());
		actAsCuijiang();
		mvc.perform(get("/api/v1/households/{id}", cuijiangHousehold.id())).andExpect(status().isOk());
		mvc.perform(get("/api/v1/households/{id}", anleHousehold.id())).andExpect(status().isNotFound());
	}

	@Test
	void theExportsHoldOnlyTheScopeWithNumbersMaskedAndAreAudited() throws Exception {
		actAsAnle();
		byte[] file = mvc.perform(get("/people/export.xlsx").param("q", tag)).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsByteArray();
		String cells = cells(file);
		String anleId = fullIdNumber(anleResident.id());
		assertThat(cells).contains("安乐" + tag, "安乐党员" + tag, ChineseIdNumber.mask(anleId), "138****1234")
			.doesNotContain("翠江" + tag, anleId, "13800001234");
		assertThat(events.stream(AuditEvent.class).filter(e -> e.action() == AuditAction.EXPORT)).hasSize(1);

		actAsCuijiang();
		byte[] households = mvc.perform(get("/households/export.xlsx").param("villageCode", PersonFixtures.REGION))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		assertThat(cells(households)).contains("CJ-" + tag).doesNotContain("AL-" + tag);
	}

	@Test
	void anImportNamingAVillageOrOrganizationOutsideTheScopeIsRefusedRowByRowAndWritesNothing() throws Exception {
		actAsAnle();
		PersonData inScope = PersonFixtures.resident("导入本镇" + tag, anleVillage);
		PersonData otherVillage = PersonFixtures.resident("导入外镇" + tag, cuijiangVillage);
		PersonData otherOrganization = PersonFixtures.member("导入外党员" + tag, anleVillage, cuijiang.id());
		PersonData cuijiangTwin = PersonFixtures.resident("导入重复" + tag, anleVillage);
		cuijiangTwin = new PersonData(cuijiangTwin.name(), cuijiangTwin.gender(), cuijiangTwin.ethnicity(),
				new ChineseIdNumber(fullIdNumber(cuijiangResident.id())).birthDate(), fullIdNumber(cuijiangResident.id()),
				null, cuijiangTwin.education(), anleVillage, null, null, null, null, null, null, java.util.Set.of());
		byte[] file = PersonWorkbooks.persons(personSheet, List.of(inScope, otherVillage, otherOrganization, cuijiangTwin));
		MvcResult started = mvc.perform(multipart("/imports/people").file(new MockMultipartFile("file", "people.xlsx",
				"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", file)).with(csrf()))
			.andExpect(status().is3xxRedirection()).andReturn();
		mvc.perform(get(WorkResults.resultOf(mvc, started)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("户籍地 " + cuijiangVillage + " 不在您的数据权限范围内")))
			.andExpect(content().string(containsString("不在您的数据权限范围内")))
			.andExpect(content().string(containsString("该身份证号无法登记")))
			.andExpect(content().string(not(containsString("数据权限范围之外"))))
			.andExpect(content().string(not(containsString("人员编号 " + cuijiangResident.id() + "）"))));
		scope = DataScope::everything;
		assertThat(jdbc.sql("select count(*) from person where name like :name").param("name", "导入%" + tag)
			.query(Long.class).single()).isZero();
		// asking for a file of numbers leaves the same trace as asking for one
		String taken = fullIdNumber(cuijiangResident.id());
		assertThat(jdbc.sql("select count(*) from audit_entry where action = 'CREATE_REFUSED' and entity_type = 'person'"
				+ " and detail like 'import: %' and after_json like :masked and after_json not like :full")
			.param("masked", "%" + ChineseIdNumber.mask(taken) + "%").param("full", "%" + taken + "%")
			.query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void aHouseholdImportInAnotherTownshipIsRefusedAndKnowsOnlyThePersonsOfTheScope() throws Exception {
		actAsAnle();
		String number = "CJ3-" + tag;
		byte[] file = PersonWorkbooks.workbook(householdSheet.columns(), List.of(
				List.of(number, cuijiangVillage, fullIdNumber(cuijiangMember.id()), "户主", "未脱贫")));
		long auditedBefore = jdbc.sql("select coalesce(max(id), 0) from audit_entry").query(Long.class).single();
		MvcResult started = mvc.perform(multipart("/imports/households").file(new MockMultipartFile("file", "households.xlsx",
				"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", file)).with(csrf()))
			.andExpect(status().is3xxRedirection()).andReturn();
		mvc.perform(get(WorkResults.resultOf(mvc, started)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("所在村 " + cuijiangVillage + " 不在您的数据权限范围内")))
			.andExpect(content().string(containsString("系统中没有此身份证号的人员")));
		assertThat(jdbc.sql("select count(*) from household where household_number = ?").param(number)
			.query(Long.class).single()).isZero();
		// the import ran as long work, on another thread than the test's recorded events: read the trail itself
		assertThat(jdbc.sql("select entity_type from audit_entry where action = 'IMPORT' and id > ?").param(auditedBefore)
			.query(String.class).list()).containsExactly("household");
	}

	@Test
	void householdChangesAreAuditedInScope() throws Exception {
		actAsAnle();
		Map<String, Object> change = householdBody(anleHousehold, "AL2-" + tag);
		mvc.perform(put("/api/v1/households/{id}", anleHousehold.id()).contentType(MediaType.APPLICATION_JSON)
				.content(json.writeValueAsString(change)))
			.andExpect(status().isOk());
		AuditEvent updated = events.stream(AuditEvent.class).filter(e -> e.action() == AuditAction.UPDATE).findFirst()
			.orElseThrow();
		assertThat(updated.entityType()).isEqualTo("household");
		assertThat(updated.before().get("householdNumber")).isEqualTo("AL-" + tag);
		assertThat(updated.after().get("householdNumber")).isEqualTo("AL2-" + tag);
	}

	@Test
	void theFullIdNumberNeedsItsAuthorityStaysInScopeAndIsAudited() throws Exception {
		actAsAnle();
		mvc.perform(get("/api/v1/people/{id}/full-numbers", anleResident.id())).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/people/{id}/full-numbers", anleResident.id())
				.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user("township-admin")
					.authorities(new org.springframework.security.core.authority.SimpleGrantedAuthority("person:read"),
							new org.springframework.security.core.authority.SimpleGrantedAuthority("person:view-full-id"))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.idNumber").value(fullIdNumber(anleResident.id())))
			.andExpect(jsonPath("$.mobile").value("13800001234"));
		List<AuditEvent> views = events.stream(AuditEvent.class)
			.filter(e -> e.action() == AuditAction.VIEW_PERSONAL_DATA).toList();
		assertThat(views).singleElement().satisfies(e -> assertThat(e.entityId()).isEqualTo(String.valueOf(anleResident.id())));
		mvc.perform(get("/api/v1/people/{id}/full-numbers", cuijiangResident.id())
				.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user("township-admin")
					.authorities(new org.springframework.security.core.authority.SimpleGrantedAuthority("person:read"),
							new org.springframework.security.core.authority.SimpleGrantedAuthority("person:view-full-id"))))
			.andExpect(status().isNotFound());
	}

	@Test
	void thePersonPageShowsTheFullNumbersOnlyToWhoMayAndAuditsIt() throws Exception {
		actAsAnle();
		mvc.perform(get("/people/{id}", anleResident.id()))
			.andExpect(content().string(containsString(ChineseIdNumber.mask(fullIdNumber(anleResident.id())))))
			.andExpect(content().string(not(containsString(fullIdNumber(anleResident.id())))))
			.andExpect(content().string(not(containsString("full-numbers"))));
		mvc.perform(post("/people/{id}/full-numbers", anleResident.id()).with(csrf())).andExpect(status().isForbidden());
		var mayView = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user("township-admin")
			.authorities(new org.springframework.security.core.authority.SimpleGrantedAuthority("person:read"),
					new org.springframework.security.core.authority.SimpleGrantedAuthority("person:view-full-id"));
		mvc.perform(get("/people/{id}", anleResident.id()).with(mayView))
			.andExpect(content().string(containsString("/people/" + anleResident.id() + "/full-numbers")));
		mvc.perform(post("/people/{id}/full-numbers", anleResident.id()).with(csrf()).with(mayView))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(fullIdNumber(anleResident.id()))))
			.andExpect(content().string(containsString("13800001234")));
		mvc.perform(post("/people/{id}/full-numbers", cuijiangResident.id()).with(csrf()).with(mayView))
			.andExpect(status().isNotFound());
		assertThat(events.stream(AuditEvent.class).filter(e -> e.action() == AuditAction.VIEW_PERSONAL_DATA)).hasSize(1);
	}

	@Test
	void changesAreAuditedWithTheIdNumberMasked() throws Exception {
		actAsAnle();
		Map<String, Object> body = body(PersonFixtures.resident("新" + tag, anleVillage), null);
		mvc.perform(post("/api/v1/people").contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body)))
			.andExpect(status().isCreated());
		AuditEvent created = events.stream(AuditEvent.class).filter(e -> e.action() == AuditAction.CREATE).findFirst().orElseThrow();
		assertThat(created.entityType()).isEqualTo("person");
		assertThat(created.after().get("idNumber")).isEqualTo(ChineseIdNumber.mask((String) body.get("idNumber")));
		assertThat(created.after().get("mobile")).isEqualTo("138****1234");
	}

	@Test
	void anIdNumberRegisteredInAnotherTownshipIsOnlySaidToBeUnregistrableAndTheAttemptIsAudited() throws Exception {
		actAsAnle();
		String taken = fullIdNumber(cuijiangResident.id());
		Map<String, Object> body = body(PersonFixtures.resident("重号" + tag, anleVillage), null);
		body.put("idNumber", taken);
		body.put("birthDate", new ChineseIdNumber(taken).birthDate().toString());
		body.put("gender", new ChineseIdNumber(taken).gender().name());
		mvc.perform(post("/api/v1/people").header("Accept-Language", "zh-CN").contentType(MediaType.APPLICATION_JSON)
				.content(json.writeValueAsString(body)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("idNumber"))
			.andExpect(jsonPath("$.errors[0].message").value("该身份证号无法登记"));
		assertThat(jdbc.sql("select count(*) from audit_entry where action = 'CREATE_REFUSED' and entity_type = 'person'"
				+ " and after_json like :masked and after_json not like :full")
			.param("masked", "%" + ChineseIdNumber.mask(taken) + "%").param("full", "%" + taken + "%")
			.query(Long.class).single()).isEqualTo(1);
	}

	/** The ID number a person of this test was registered with. */
	private String fullIdNumber(long id) {
		return idNumbers.get(id);
	}

	private Map<String, Object> body(PersonData p, Long version) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("name", p.name());
		body.put("gender", p.gender().name());
		body.put("ethnicity", p.ethnicity());
		body.put("birthDate", p.birthDate().toString());
		body.put("idNumber", p.idNumber());
		body.put("mobile", p.mobile());
		body.put("householdDivisionCode", p.householdDivisionCode());
		if (p.organizationId() != null) {
			body.put("organizationId", p.organizationId());
			body.put("joinedPartyOn", p.joinedPartyOn().toString());
			body.put("partyStatus", p.partyStatus().name());
		}
		if (version != null) {
			body.put("version", version);
		}
		return body;
	}

	private static Map<String, Object> householdBody(HouseholdView h, String number) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("householdNumber", number);
		body.put("villageCode", h.villageCode());
		body.put("headId", h.headId());
		body.put("status", h.status().name());
		body.put("members", List.of());
		body.put("version", h.version());
		return body;
	}

	private static String cells(byte[] xlsx) throws Exception {
		StringBuilder text = new StringBuilder();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet sheet = workbook.getSheetAt(0);
			for (Row row : sheet) {
				row.forEach(cell -> text.append(cell.toString()).append('|'));
				text.append('\n');
			}
		}
		return text.toString();
	}

	private OrganizationView named(String name) {
		return organizations.search(OrganizationSearch.byName(name), new PageRequest(0, 5)).items().stream()
			.filter(o -> o.name().equals(name)).findFirst().orElseThrow();
	}
}

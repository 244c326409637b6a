package org.bastion.selection;

import static org.hamcrest.Matchers.containsString;
import static org.bastion.SwitchedDataScopes.scope;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.bastion.IntegrationTest;
import org.bastion.common.scope.DataScope;
import org.bastion.people.People;
import org.bastion.selection.internal.Reserve.Candidate;
import org.bastion.selection.internal.Reserve.Notice;
import org.bastion.selection.internal.Reserve.Round;
import org.bastion.selection.internal.ReserveTraining;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The pages, the API and the public notice page, with a data scope of 安乐镇 (its committee's
 * subtree and division 350424107) against records of 翠江镇.
 */
@IntegrationTest
@WithMockUser(username = "admin", authorities = {"selection:read", "selection:write", "indicator:read"})
class SelectionWebTests extends SelectionScopeSupport {

	@Autowired
	ReserveTraining reserveTraining;
	@Autowired
	People people;
	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	private void actAsAnle() {
		long committee = fixture.township(SelectionFixture.ANLE).id();
		scope = () -> DataScope.of(Set.copyOf(organizations.subtreeIds(committee)), Set.of(SelectionFixture.ANLE));
	}

	@Test
	void anAnleClerkSeesAnleCandidatesButNeitherReadsNorChangesCuijiangOnesInTheApi() throws Exception {
		Round anle = fixture.round(SelectionFixture.ANLE, LocalDate.of(2026, 6, 30));
		Round cuijiang = fixture.round(SelectionFixture.CUIJIANG, LocalDate.of(2026, 6, 30));
		Candidate mine = fixture.recommended(anle);
		Candidate theirs = fixture.recommended(cuijiang);
		actAsAnle();

		mvc.perform(get("/api/v1/reserve-candidates/{id}", mine.id())).andExpect(status().isOk())
			.andExpect(jsonPath("$.candidate.state").value("RECOMMENDED"));
		mvc.perform(get("/api/v1/reserve-candidates/{id}", theirs.id())).andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(get("/api/v1/reserve-rounds/{id}", cuijiang.id())).andExpect(status().isNotFound());
		mvc.perform(post("/api/v1/reserve-candidates/{id}/township-review", theirs.id())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"passed\":true}"))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/reserve-candidates").param("state", "RECOMMENDED")).andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.id == " + mine.id() + ")]").exists())
			.andExpect(jsonPath("$[?(@.id == " + theirs.id() + ")]").doesNotExist());
	}

	@Test
	void aWrongStepInTheApiIsAConflictWithTheReasonInChinese() throws Exception {
		Candidate c = fixture.recommended(fixture.round(SelectionFixture.ANLE, LocalDate.of(2026, 6, 30)));
		mvc.perform(post("/api/v1/reserve-candidates/{id}/inspection", c.id()).contentType(MediaType.APPLICATION_JSON)
				.content("{\"inspectors\":\"李华\",\"inspectedOn\":\"2026-06-01\",\"findings\":\"好\",\"passed\":true,"
						+ "\"actorName\":\"李华\",\"actorPost\":\"组织科科长\"}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value("不能考察：该人选目前处于“已推荐，待资格审查”，须处于“复审通过，待考察”"));
	}

	@Test
	void aRoundNameOverOneHundredCharactersIsRefusedNamingTheField() throws Exception {
		long committee = fixture.township(SelectionFixture.ANLE).id();
		String name = "长".repeat(101);
		mvc.perform(post("/api/v1/reserve-rounds").contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"" + name + "\",\"organizationId\":" + committee + ",\"referenceDate\":\"2026-06-30\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("name"))
			.andExpect(jsonPath("$.errors[0].message").value("轮次名称不能超过 100 个字"));
		org.assertj.core.api.Assertions.assertThat(jdbc.sql("select count(*) from reserve_round where name = :name")
			.param("name", name).query(Long.class).single()).isZero();
	}

	@Test
	void aNoticeStartsTodayOrLaterInTheApiSoItsPeriodIsOneThePublicCanSee() throws Exception {
		Round round = fixture.round(SelectionFixture.ANLE, LocalDate.of(2026, 6, 30));
		Candidate c = fixture.inspected(round);
		LocalDate past = reserveRounds.today().minusDays(64);
		mvc.perform(post("/api/v1/reserve-rounds/{id}/notices", round.id()).contentType(MediaType.APPLICATION_JSON)
				.content("{\"candidateIds\":[" + c.id() + "],\"startsOn\":\"" + past + "\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("startsOn"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("公示开始日期不能早于发布之日")));
		org.assertj.core.api.Assertions.assertThat(jdbc.sql("select state from reserve_candidate where id = :id").param("id", c.id())
			.query(String.class).single()).isEqualTo(CandidateState.INSPECTED.name());
	}

	@Test
	void anAnleClerkSeesOnlyAnleOnThePagesAndIsRefusedACuijiangCandidatesPage() throws Exception {
		Round anle = fixture.round(SelectionFixture.ANLE, LocalDate.of(2026, 6, 30));
		Round cuijiang = fixture.round(SelectionFixture.CUIJIANG, LocalDate.of(2026, 6, 30));
		Candidate theirs = fixture.recommended(cuijiang);
		actAsAnle();

		mvc.perform(get("/reserve")).andExpect(status().isOk())
			.andExpect(content().string(containsString(anle.name())))
			.andExpect(content().string(not(containsString(cuijiang.name()))));
		mvc.perform(get("/reserve/candidates/{id}", theirs.id())).andExpect(status().isNotFound());
		mvc.perform(post("/reserve/candidates/{id}/step", theirs.id()).with(csrf()).param("step", "township"))
			.andExpect(status().isForbidden());
	}

	@Test
	void aStepIsSignedByTheSignedInUserWhateverNameAndPostTheRequestCarries() throws Exception {
		Candidate c = fixture.recommended(fixture.round(SelectionFixture.ANLE, LocalDate.of(2026, 6, 30)));
		mvc.perform(post("/api/v1/reserve-candidates/{id}/township-review", c.id()).contentType(MediaType.APPLICATION_JSON)
				.content("{\"passed\":true,\"actorName\":\"冒名者\",\"actorPost\":\"县委书记\"}"))
			.andExpect(status().isOk());
		mvc.perform(post("/reserve/candidates/{id}/step", c.id()).with(csrf()).param("step", "county").param("passed", "true")
				.param("actorName", "冒名者").param("actorPost", "县委书记"))
			.andExpect(status().is3xxRedirection());

		org.assertj.core.api.Assertions.assertThat(jdbc.sql("""
				select step || ' ' || actor_name || ' ' || actor_post from reserve_step where candidate_id = :c order by id""")
			.param("c", c.id()).query(String.class).list())
			.containsExactly("RECOMMENDED admin 系统管理员", "TOWNSHIP_REVIEW admin 系统管理员", "COUNTY_REVIEW admin 系统管理员");
	}

	@Test
	void theCandidatePageShowsTheTimelineAndThePoolPageTheFigures() throws Exception {
		Round round = fixture.round(SelectionFixture.ANLE, LocalDate.of(2026, 6, 30));
		Candidate c = fixture.inspected(round);
		mvc.perform(get("/reserve/candidates/{id}", c.id())).andExpect(status().isOk())
			.andExpect(content().string(containsString("县委组织部复审")))
			.andExpect(content().string(containsString("admin（系统管理员）")));
		mvc.perform(get("/reserve/rounds/{id}", round.id())).andExpect(status().isOk())
			.andExpect(content().string(containsString("发布公示")))
			.andExpect(content().string(containsString("以 admin（系统管理员）身份办理")))
			.andExpect(content().string(not(containsString("name=\"actorName\""))))
			.andExpect(content().string(containsString("25—33 周岁，中专/职高/技校及以上学历，公示 5 个工作日")));
		mvc.perform(get("/reserve/rounds/{id}", round.id()).param("lang", "en")).andExpect(status().isOk())
			.andExpect(content().string(containsString("25 to 33 years, Secondary vocational")));
		mvc.perform(get("/api/v1/reserve-rounds/figures")).andExpect(status().isOk())
			.andExpect(jsonPath("$.pool").isNumber());
	}

	@Test
	void thePublicNoticeShowsNamesButNeverIdNumbersOrPhonesAndTakesAnObjectionWithoutSignIn() throws Exception {
		Notice notice = publishedToday();
		Candidate listed = reserveRounds.candidates(List.of(CandidateState.IN_NOTICE)).stream()
			.filter(r -> notice.id() == r.candidate().noticeId()).findFirst().orElseThrow().candidate();
		var person = people.get(listed.personId());
		MockHttpSession session = new MockHttpSession();

		mvc.perform(get("/public/notices/{id}", notice.id()).with(anonymous()).session(session)).andExpect(status().isOk())
			.andExpect(content().string(containsString(person.name())))
			.andExpect(content().string(not(containsString("13900001111"))))
			.andExpect(content().string(not(containsString(person.birthDate().toString().replace("-", "")))));
		session.setAttribute("org.bastion.selection.web.PublicNoticeController.shownAt", Instant.now().minusSeconds(30));
		mvc.perform(post("/public/notices/{id}/objections", notice.id()).with(anonymous()).with(csrf()).session(session)
				.param("candidateId", String.valueOf(listed.id())).param("text", "该同志长期在外务工，请核实。")
				.param("website", ""))
			.andExpect(redirectedUrl("/public/notices/" + notice.id()))
			.andExpect(flash().attribute("filed", true));
	}

	@Test
	void anObjectionWithTheHoneypotFilledOrSentTooFastIsNotRecorded() throws Exception {
		Notice notice = publishedToday();
		long candidate = reserveRounds.candidates(List.of(CandidateState.IN_NOTICE)).stream()
			.filter(r -> notice.id() == r.candidate().noticeId()).findFirst().orElseThrow().candidate().id();
		MockHttpSession session = new MockHttpSession();
		session.setAttribute("org.bastion.selection.web.PublicNoticeController.shownAt", Instant.now().minusSeconds(30));
		mvc.perform(post("/public/notices/{id}/objections", notice.id()).with(anonymous()).with(csrf()).session(session)
				.param("candidateId", String.valueOf(candidate)).param("text", "机器人提交的内容内容")
				.param("website", "http://spam.example"))
			.andExpect(flash().attribute("error", "提交未被受理，请刷新页面后重新填写"));
		session.setAttribute("org.bastion.selection.web.PublicNoticeController.shownAt", Instant.now());
		mvc.perform(post("/public/notices/{id}/objections", notice.id()).with(anonymous()).with(csrf()).session(session)
				.param("candidateId", String.valueOf(candidate)).param("text", "填得太快的内容内容"))
			.andExpect(flash().attribute("error", "提交未被受理，请刷新页面后重新填写"));
		mvc.perform(post("/public/notices/{id}/objections", notice.id()).with(anonymous()).session(session)
				.param("candidateId", String.valueOf(candidate)).param("text", "没有令牌的内容内容"))
			.andExpect(status().isForbidden());
		org.assertj.core.api.Assertions.assertThat(jdbc.sql("select count(*) from reserve_objection where candidate_id = :c")
			.param("c", candidate).query(Integer.class).single()).isZero();
	}

	@Test
	void aReserveCadreInThePoolGetsAMentorTrainingShadowingAndAssessmentsAndTheFiguresFollowTheRecords() throws Exception {
		String village = fixture.village(SelectionFixture.ANLE, 3);
		Round round = fixture.round(SelectionFixture.ANLE, LocalDate.of(2026, 6, 30));
		Candidate a = fixture.inspected(round, village);
		Candidate b = fixture.inspected(round, village);
		Candidate c = fixture.inspected(round, village);
		Notice notice = fixture.onNotice(round, List.of(a, b, c), reserveRounds.today());
		LocalDate entered = notice.endsOn().plusDays(1);
		org.assertj.core.api.Assertions.assertThat(poolEntry.run(entered)).isGreaterThanOrEqualTo(3);
		LocalDate from = reserveRounds.today().minusDays(1);
		LocalDate to = entered.plusDays(30);
		long demonstrationBefore = figures.figures(from, to).demonstrationClasses();

		long mentor = fixture.mentor(village).id();
		reservePool.nameMentor(a.id(), mentor, entered);
		var k = reserveTraining.createClass(fixture.township(SelectionFixture.ANLE).id(), ClassKind.DEMONSTRATION, "后备力量示范班",
				entered);
		var session = reserveTraining.addSession(k.id(), entered, "村级组织建设");
		reserveTraining.recordAttendance(session.id(), java.util.Map.of(a.id(), true, b.id(), false));
		var plan = reserveTraining.createPlan(fixture.township(SelectionFixture.ANLE).id(), entered);
		var placement = reserveTraining.place(plan.id(), a.id(), "镇党政办");
		reserveTraining.recordPlacement(placement.id(), "参与起草村级换届工作方案");
		reservePool.assess(a.id(), AssessmentKind.DAILY, 2026, null, "按时参加跟岗");
		reservePool.assess(a.id(), AssessmentKind.ANNUAL, 2026, AssessmentGrade.EXCELLENT, "表现突出");
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> reservePool.assess(a.id(), AssessmentKind.ANNUAL, 2026,
				AssessmentGrade.COMPETENT, "再评")).isInstanceOf(org.bastion.common.DomainException.class);
		reservePool.remove(c.id(), entered.plusDays(2), "不适合人选调整：长期外出");

		org.assertj.core.api.Assertions.assertThat(figures.figures(from, to).demonstrationClasses())
			.isEqualTo(demonstrationBefore + 1);
		scope = () -> DataScope.of(Set.of(), Set.of(village));
		var inVillage = figures.figures(from, to);
		org.assertj.core.api.Assertions.assertThat(inVillage.pool()).isEqualTo(2);
		org.assertj.core.api.Assertions.assertThat(inVillage.mentorCoverage()).isEqualByComparingTo("50.00");
		org.assertj.core.api.Assertions.assertThat(inVillage.removed()).isEqualTo(1);
		org.assertj.core.api.Assertions.assertThat(figures.figures(from, entered.minusDays(1)).pool()).isZero();
		scope = DataScope::everything;

		var pageOfA = reserveRounds.details(a.id());
		org.assertj.core.api.Assertions.assertThat(pageOfA.assessments()).hasSize(2);
		for (String page : List.of("/reserve/pool", "/reserve/classes", "/reserve/classes/" + k.id(), "/reserve/plans",
				"/reserve/plans/" + plan.id(), "/reserve/notices", "/reserve/candidates/" + a.id(),
				"/reserve/candidates/" + c.id(), "/reserve?from=" + from + "&to=" + to)) {
			mvc.perform(get(page)).andExpect(status().isOk());
		}
		mvc.perform(get("/reserve/candidates/{id}", a.id())).andExpect(content().string(containsString("优秀")))
			.andExpect(content().string(containsString("入库")));
		mvc.perform(get("/reserve/plans/{id}", plan.id()))
			.andExpect(content().string(containsString("参与起草村级换届工作方案")));
		mvc.perform(get("/public/notices").with(anonymous())).andExpect(status().isOk());
	}

	@Test
	void anAnleClerkReadsAnleClassesButNotCuijiangOnesAndCannotOpenOneForCuijiang() throws Exception {
		var anleClass = reserveTraining.createClass(fixture.township(SelectionFixture.ANLE).id(), ClassKind.BASIC, "安乐镇基础班",
				reserveRounds.today());
		var cuijiangClass = reserveTraining.createClass(fixture.township(SelectionFixture.CUIJIANG).id(), ClassKind.BASIC,
				"翠江镇基础班", reserveRounds.today());
		long cuijiangCommittee = fixture.township(SelectionFixture.CUIJIANG).id();
		actAsAnle();

		mvc.perform(get("/api/v1/reserve-classes/{id}", anleClass.id())).andExpect(status().isOk())
			.andExpect(jsonPath("$.trainingClass.name").value("安乐镇基础班"));
		mvc.perform(get("/api/v1/reserve-classes/{id}", cuijiangClass.id())).andExpect(status().isNotFound());
		mvc.perform(post("/api/v1/reserve-classes/{id}/sessions", cuijiangClass.id()).contentType(MediaType.APPLICATION_JSON)
				.content("{\"heldOn\":\"2026-12-01\",\"topic\":\"村务管理\"}")).andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/reserve-classes").contentType(MediaType.APPLICATION_JSON)
				.content("{\"organizationId\":" + cuijiangCommittee + ",\"kind\":\"BASIC\",\"name\":\"越权\",\"startsOn\":\"2026-12-01\"}"))
			.andExpect(status().isForbidden());
		mvc.perform(get("/reserve/classes")).andExpect(content().string(containsString("安乐镇基础班")))
			.andExpect(content().string(not(containsString("翠江镇基础班"))));
	}

	@Test
	void anAppointedReserveCadreLeavesThePoolWithTheOfficeRecorded() {
		String village = fixture.village(SelectionFixture.ANLE, 4);
		Round round = fixture.round(SelectionFixture.ANLE, LocalDate.of(2026, 6, 30));
		Candidate a = fixture.inspected(round, village);
		Notice notice = fixture.onNotice(round, List.of(a), reserveRounds.today());
		poolEntry.run(notice.endsOn().plusDays(1));

		reservePool.appoint(a.id(), notice.endsOn().plusDays(40), "村委会委员");

		Candidate after = reserveRounds.candidate(a.id());
		org.assertj.core.api.Assertions.assertThat(after.state()).isEqualTo(CandidateState.APPOINTED);
		org.assertj.core.api.Assertions.assertThat(after.endReason()).isEqualTo("村委会委员");
		org.assertj.core.api.Assertions.assertThat(reserveRounds.details(a.id()).timeline()).last()
			.extracting(s -> s.step()).isEqualTo(StepKind.APPOINTED);
	}

	private Notice publishedToday() {
		Round round = fixture.round(SelectionFixture.ANLE, LocalDate.of(2026, 6, 30));
		return fixture.onNotice(round, List.of(fixture.inspected(round)), reserveRounds.today());
	}
}

package org.bastion.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.bastion.IntegrationTest;
import org.bastion.access.NewUser;
import org.bastion.access.Role;
import org.bastion.access.UserAccounts;
import org.bastion.common.DomainException;
import org.bastion.organization.OrganizationView;
import org.bastion.organization.Organizations;
import org.bastion.organization.PositionRole;
import org.bastion.organization.PositionView;
import org.bastion.organization.TreeFixture;
import org.bastion.people.EducationLevel;
import org.bastion.people.PersonView;
import org.bastion.selection.internal.PoolEntry;
import org.bastion.selection.internal.PublicNotices;
import org.bastion.selection.internal.Reserve.Candidate;
import org.bastion.selection.internal.Reserve.Notice;
import org.bastion.selection.internal.Reserve.Round;
import org.bastion.selection.internal.ReserveRounds;
import org.bastion.selection.internal.CandidateSteps;
import org.bastion.selection.internal.ReserveNotices;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;

/** The rules of a round and the steps of 三荐两审一考察一公示, through the module's façade. */
@IntegrationTest
@WithMockUser(username = "admin", authorities = {"selection:read", "selection:write", "indicator:read"})
class SelectionProcessTests {

	static final LocalDate REFERENCE = LocalDate.of(2026, 6, 30);

	@Autowired
	ReserveRounds reserveRounds;
	@Autowired
	CandidateSteps candidateSteps;
	@Autowired
	ReserveNotices reserveNotices;
	@Autowired
	PublicNotices notices;
	@Autowired
	PoolEntry poolEntry;
	@Autowired
	SelectionFixture fixture;
	@Autowired
	MessageSource messages;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	Organizations organizations;
	@Autowired
	UserAccounts users;
	@Autowired
	org.bastion.people.internal.PersonManagement people;

	@Test
	void admitsCandidatesExactly25And33OnTheReferenceDateAndRefuses24And34() {
		Round round = fixture.round(SelectionFixture.ANLE, REFERENCE);
		String village = fixture.village(SelectionFixture.ANLE);
		PersonView just25 = fixture.person(REFERENCE.minusYears(25), EducationLevel.BACHELOR, village);
		PersonView still33 = fixture.person(REFERENCE.minusYears(34).plusDays(1), EducationLevel.BACHELOR, village);
		PersonView only24 = fixture.person(REFERENCE.minusYears(25).plusDays(1), EducationLevel.BACHELOR, village);
		PersonView already34 = fixture.person(REFERENCE.minusYears(34), EducationLevel.BACHELOR, village);

		assertThat(recommend(round, just25).state()).isEqualTo(CandidateState.RECOMMENDED);
		assertThat(recommend(round, still33).state()).isEqualTo(CandidateState.RECOMMENDED);
		assertThat(refusal(() -> recommend(round, only24)))
			.isEqualTo("年龄不符合条件：参照日 2026-06-30 时 24 周岁，须在 25—33 周岁之间（含）");
		assertThat(refusal(() -> recommend(round, already34)))
			.isEqualTo("年龄不符合条件：参照日 2026-06-30 时 34 周岁，须在 25—33 周岁之间（含）");
	}

	@Test
	void refusesASeniorHighSchoolEducationAndAcceptsSecondaryVocational() {
		Round round = fixture.round(SelectionFixture.ANLE, REFERENCE);
		String village = fixture.village(SelectionFixture.ANLE);
		PersonView highSchool = fixture.person(REFERENCE.minusYears(28), EducationLevel.SENIOR_HIGH, village);
		PersonView vocational = fixture.person(REFERENCE.minusYears(28), EducationLevel.SECONDARY_VOCATIONAL, village);

		assertThat(refusal(() -> recommend(round, highSchool))).isEqualTo("学历不符合条件：普通高中，须为中专/职高/技校及以上");
		assertThat(recommend(round, vocational).state()).isEqualTo(CandidateState.RECOMMENDED);
	}

	@Test
	void refusesAPersonRegisteredInAnotherVillage() {
		Round round = fixture.round(SelectionFixture.ANLE, REFERENCE);
		String village = fixture.village(SelectionFixture.ANLE);
		PersonView elsewhere = fixture.person(REFERENCE.minusYears(28), EducationLevel.BACHELOR,
				fixture.village(SelectionFixture.CUIJIANG));

		assertThat(refusal(() -> candidateSteps.recommend(round.id(), elsewhere.id(), village, Recommendation.SELF, "本人申请",
				null, "村委会委员"))).startsWith("户籍不符合条件：户籍所在地 350424100");
	}

	@Test
	void refusesACountyReviewBeforeTheTownshipReviewWithTheReason() {
		Round round = fixture.round(SelectionFixture.ANLE, REFERENCE);
		Candidate c = fixture.recommended(round);

		assertThat(refusal(() -> candidateSteps.countyReview(c.id(), true, null)))
			.isEqualTo("不能县委组织部复审：该人选目前处于“已推荐，待资格审查”，须处于“资格审查通过，待县委组织部复审”");
		assertThat(reserveRounds.candidate(c.id()).state()).isEqualTo(CandidateState.RECOMMENDED);
	}

	@Test
	void recordsTheSignedInUsersNameAndPostAndKeepsThemAfterTheUserAndThePostChange() {
		Round round = fixture.round(SelectionFixture.ANLE, REFERENCE);
		OrganizationView anle = fixture.township(SelectionFixture.ANLE);
		PersonView clerkPerson = fixture.person(LocalDate.of(1985, 4, 2), EducationLevel.BACHELOR,
				fixture.village(SelectionFixture.ANLE));
		PositionView post = TreeFixture.asSystem(() -> organizations.assignPosition(anle.id(), clerkPerson.id(),
				PositionRole.COMMITTEE_MEMBER, LocalDate.of(2024, 1, 2)));
		String username = "clerk-" + System.nanoTime();
		TreeFixture.asSystem(() -> users.create(new NewUser(username, "张明", clerkPerson.id(), anle.id(), "Initial-Pass1",
				EnumSet.of(Role.TOWNSHIP_ADMIN), Set.of(), false)));
		Candidate c = fixture.recommended(round);

		as(username, () -> candidateSteps.townshipReview(c.id(), true, null));
		candidateSteps.countyReview(c.id(), true, null);
		// 张明 leaves the post and the account is renamed: the record keeps what was true at the time
		TreeFixture.asSystem(() -> organizations.endPosition(post.id(), LocalDate.of(2026, 7, 1)));
		jdbc.sql("update app_user set display_name = '张明（已调离）' where username = :u").param("u", username).update();
		as(username, () -> candidateSteps.inspect(c.id(), "李华、陈刚", REFERENCE, "群众基础好，熟悉村情", true));

		assertThat(reserveRounds.details(c.id()).timeline()).extracting(s -> s.step() + " " + s.actor() + " " + s.actorName()
				+ " " + s.actorPost())
			.containsExactly("RECOMMENDED admin admin 系统管理员",
					"TOWNSHIP_REVIEW " + username + " 张明 " + anle.name() + " 委员",
					"COUNTY_REVIEW admin admin 系统管理员",
					"INSPECTION " + username + " 张明（已调离） " + anle.name() + " 乡镇管理员");
	}

	private void as(String username, Runnable work) {
		var previous = SecurityContextHolder.getContext();
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, null,
				List.of(new SimpleGrantedAuthority("selection:read"), new SimpleGrantedAuthority("selection:write"))));
		SecurityContextHolder.setContext(context);
		try {
			work.run();
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

	@Test
	void aNoticeStartingBeforeNationalDay2026EndsOnTheMakeUpSaturdayAfterFiveRealWorkingDays() {
		// 9-29 Tue, 9-30 Wed, 10-1..10-7 holiday, 10-8 Thu, 10-9 Fri, 10-10 Sat make-up working day
		assertThat(reserveNotices.noticeEnd(LocalDate.of(2026, 9, 29), 5)).isEqualTo(LocalDate.of(2026, 10, 10));
	}

	@Test
	void anOpenObjectionKeepsTheCandidateOutOfThePoolAfterThePeriodEnds() {
		Round round = fixture.round(SelectionFixture.ANLE, REFERENCE);
		Candidate c = fixture.inspected(round);
		Notice notice = fixture.onNotice(round, List.of(c), notices.today());
		long objection = notices.fileObjection(notice.id(), c.id(), "该同志长期不在村居住，请核实。", null, "203.0.113.7");
		LocalDate after = notice.endsOn().plusDays(1);

		poolEntry.run(after);
		assertThat(reserveRounds.candidate(c.id()).state()).isEqualTo(CandidateState.IN_NOTICE);

		reserveNotices.answerObjection(objection, false, "经走访核实，该同志常年在村务农，异议不成立。");
		assertThat(poolEntry.run(after)).isGreaterThanOrEqualTo(1);
		assertThat(reserveRounds.candidate(c.id()).state()).isEqualTo(CandidateState.IN_POOL);
		assertThat(reserveRounds.candidate(c.id()).poolEnteredOn()).isEqualTo(after);
	}

	@Test
	void anUpheldObjectionTakesTheCandidateOut() {
		Round round = fixture.round(SelectionFixture.ANLE, REFERENCE);
		Candidate c = fixture.inspected(round);
		Notice notice = fixture.onNotice(round, List.of(c), notices.today());
		long objection = notices.fileObjection(notice.id(), c.id(), "该同志存在违规建房问题。", "138****0000", "203.0.113.8");

		reserveNotices.answerObjection(objection, true, "经核实属实。");

		assertThat(reserveRounds.candidate(c.id()).state()).isEqualTo(CandidateState.REJECTED);
		poolEntry.run(notice.endsOn().plusDays(1));
		assertThat(reserveRounds.candidate(c.id()).state()).isEqualTo(CandidateState.REJECTED);
	}

	@Test
	void twoConcurrentRunnersEnterEachDueCandidateExactlyOnce() throws Exception {
		Round round = fixture.round(SelectionFixture.ANLE, REFERENCE);
		List<Candidate> due = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			due.add(fixture.inspected(round));
		}
		Notice notice = fixture.onNotice(round, due, notices.today());
		LocalDate after = notice.endsOn().plusDays(1);
		long entriesBefore = entries();
		CountDownLatch start = new CountDownLatch(1);
		Callable<Integer> runner = () -> {
			start.await();
			return poolEntry.run(after);
		};
		ExecutorService nodes = Executors.newFixedThreadPool(2);
		try {
			Future<Integer> first = nodes.submit(runner);
			Future<Integer> second = nodes.submit(runner);
			start.countDown();
			// upper bounds only, so that a deadlock fails the test instead of hanging the build
			int won = first.get(5, TimeUnit.MINUTES) + second.get(5, TimeUnit.MINUTES);
			// other due candidates (the demo notice's) may enter too; each entry is counted by exactly one runner
			assertThat(won).isGreaterThanOrEqualTo(6).isEqualTo(entries() - entriesBefore);
		}
		finally {
			nodes.shutdownNow();
		}
		for (Candidate c : due) {
			assertThat(reserveRounds.candidate(c.id()).state()).isEqualTo(CandidateState.IN_POOL);
			assertThat(jdbc.sql("select count(*) from reserve_step where candidate_id = :c and step = 'ENTERED_POOL'")
				.param("c", c.id()).query(Integer.class).single()).isEqualTo(1);
		}
		assertThat(poolEntry.run(after)).isZero();
	}

	@Test
	void aCandidateWhoseHouseholdMovedAwayDuringTheNoticeIsTakenOutAtTheEntryWithTheRuleNamed() {
		Round round = fixture.round(SelectionFixture.ANLE, REFERENCE);
		Candidate c = fixture.inspected(round, fixture.village(SelectionFixture.ANLE, 5));
		Notice notice = fixture.onNotice(round, List.of(c), notices.today());
		PersonView person = people.get(c.personId());
		org.bastion.people.PeopleTestData.asAdministrator(() -> people.changeKeepingIdNumber(person.id(), person.version(),
				new org.bastion.people.PersonData(person.name(), person.gender(), person.ethnicity(), person.birthDate(), null,
						null, person.education(), fixture.village(SelectionFixture.CUIJIANG), null, null, null, null, null, null,
						person.tags())));

		poolEntry.run(notice.endsOn().plusDays(1));

		assertThat(reserveRounds.candidate(c.id()).state()).isEqualTo(CandidateState.REJECTED);
		assertThat(reserveRounds.details(c.id()).timeline()).last().satisfies(step -> {
			assertThat(step.step()).isEqualTo(StepKind.ELIGIBILITY_LOST);
			assertThat(step.detail()).startsWith("户籍不符合条件");
		});
	}

	@Test
	void takesAtMostFiveObjectionsAnHourFromOneAddress() {
		Round round = fixture.round(SelectionFixture.ANLE, REFERENCE);
		Candidate c = fixture.inspected(round);
		Notice notice = fixture.onNotice(round, List.of(c), notices.today());
		for (int i = 0; i < 5; i++) {
			notices.fileObjection(notice.id(), c.id(), "第 " + i + " 条反映意见内容", null, "198.51.100.9");
		}
		assertThatThrownBy(() -> notices.fileObjection(notice.id(), c.id(), "第六条反映意见内容", null, "198.51.100.9"))
			.isInstanceOf(DomainException.class).hasMessage("selection.objection.tooMany");
		assertThat(notices.fileObjection(notice.id(), c.id(), "另一地址的反映意见", null, "198.51.100.10")).isPositive();
	}

	@Test
	void theDemoDataHasAnleAndCuijiangRoundsWithCandidatesAtEveryStepAndANoticePublishedToday() {
		assertThat(reserveRounds.rounds()).extracting(Round::name)
			.contains("2026 年安乐镇村级后备力量选拔", "2026 年翠江镇社区后备力量选拔");
		assertThat(notices.notices()).anySatisfy(n -> {
			assertThat(n.roundName()).isEqualTo("2026 年安乐镇村级后备力量选拔");
			assertThat(n.entries()).hasSize(2);
		});
		Round anle = reserveRounds.rounds().stream().filter(r -> r.name().equals("2026 年安乐镇村级后备力量选拔")).findFirst()
			.orElseThrow();
		Round cuijiang = reserveRounds.rounds().stream().filter(r -> r.name().equals("2026 年翠江镇社区后备力量选拔")).findFirst()
			.orElseThrow();
		// a browser test may have moved the recommended one on a step; the later steps stay
		assertThat(reserveRounds.candidatesOfRound(anle.id())).hasSize(6).extracting(r -> r.candidate().state())
			.contains(CandidateState.QUALIFIED, CandidateState.APPROVED, CandidateState.INSPECTED);
		assertThat(reserveRounds.candidatesOfRound(cuijiang.id())).extracting(r -> r.candidate().state())
			.contains(CandidateState.REJECTED);
	}

	private long entries() {
		return jdbc.sql("select count(*) from reserve_step where step = 'ENTERED_POOL'").query(Long.class).single();
	}

	private Candidate recommend(Round round, PersonView person) {
		return candidateSteps.recommend(round.id(), person.id(), null, Recommendation.ORGANIZATION, "安乐镇党委", null,
				"村委会委员");
	}

	private String refusal(Runnable action) {
		try {
			action.run();
		}
		catch (DomainException ex) {
			return messages.getMessage(ex.messageKey(), ex.args(), Locale.SIMPLIFIED_CHINESE);
		}
		throw new AssertionError("not refused");
	}
}

package org.bastion.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bastion.SwitchedDataScopes.scope;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.bastion.IntegrationTest;
import org.bastion.common.DomainException;
import org.bastion.common.scope.DataScope;
import org.bastion.pairing.PairingKind;
import org.bastion.pairing.PairingStatus;
import org.bastion.pairing.PairingView;
import org.bastion.pairing.internal.PairingManagement;
import org.bastion.selection.internal.Reserve.Candidate;
import org.bastion.selection.internal.Reserve.Notice;
import org.bastion.selection.internal.Reserve.Round;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * A reserve cadre's mentor (结对帮带责任人) is a RESERVE_MENTOR pairing of the pairing engine: named,
 * changed and ended through the selection module, under the engine's hard rules.
 */
@IntegrationTest
@Tag("integration")
@WithMockUser(username = "admin", authorities = {"selection:read", "selection:write", "indicator:read", "pairing:read", "pairing:write"})
class SelectionMentorTests extends SelectionScopeSupport {

	@Autowired
	PairingManagement pairings;

	/** Reserve cadres of the pool, in a village of 安乐镇, with the day they entered it. */
	record Pool(List<Candidate> cadres, LocalDate entered, String village) {
	}

	private Pool pool(int village, int size) {
		String code = fixture.village(SelectionFixture.ANLE, village);
		Round round = fixture.round(SelectionFixture.ANLE, LocalDate.of(2026, 6, 30));
		List<Candidate> cadres = new java.util.ArrayList<>();
		for (int i = 0; i < size; i++) {
			cadres.add(fixture.inspected(round, code));
		}
		Notice notice = fixture.onNotice(round, cadres, reserveRounds.today());
		LocalDate entered = notice.endsOn().plusDays(1);
		assertThat(poolEntry.run(entered)).isGreaterThanOrEqualTo(size);
		return new Pool(cadres.stream().map(c -> reserveRounds.candidate(c.id())).toList(), entered, code);
	}

	private List<PairingView> reserveMentorPairings(long personId) {
		return pairings.ofPerson(personId).stream().filter(p -> p.kind() == PairingKind.RESERVE_MENTOR).toList();
	}

	@Test
	void namingAMentorCreatesAnActiveReserveMentorPairingShownOnTheCandidatePageAndThePool() throws Exception {
		Pool pool = pool(6, 1);
		Candidate cadre = pool.cadres().get(0);
		var mentor = fixture.mentor(pool.village());

		var named = reservePool.nameMentor(cadre.id(), mentor.id(), pool.entered());

		List<PairingView> pairs = reserveMentorPairings(cadre.personId());
		assertThat(pairs).singleElement().satisfies(p -> {
			assertThat(p.id()).isEqualTo(named.pairingId());
			assertThat(p.status()).isEqualTo(PairingStatus.ACTIVE);
			assertThat(p.leftId()).isEqualTo(mentor.id());
			assertThat(p.rightId()).isEqualTo(cadre.personId());
			assertThat(p.startsOn()).isEqualTo(pool.entered());
		});
		assertThat(reserveRounds.details(cadre.id()).mentor().name()).isEqualTo(mentor.name());
		mvc.perform(get("/reserve/candidates/{id}", cadre.id()))
			.andExpect(content().string(containsString(mentor.name())))
			.andExpect(content().string(containsString("/pairings/pair/" + named.pairingId())));
		mvc.perform(get("/api/v1/reserve-candidates").param("state", "IN_POOL"))
			.andExpect(jsonPath("$[?(@.id == " + cadre.id() + ")].mentorName").value(mentor.name()));
		mvc.perform(get("/pairings/pair/{id}", named.pairingId())).andExpect(status().isOk())
			.andExpect(content().string(containsString(mentor.name())));
	}

	@Test
	void changingTheMentorEndsTheOldPairingWithTheReasonAndStartsTheNewOne() {
		Pool pool = pool(7, 1);
		Candidate cadre = pool.cadres().get(0);
		var first = fixture.mentor(pool.village());
		var second = fixture.mentor(pool.village());
		var old = reservePool.nameMentor(cadre.id(), first.id(), pool.entered());

		var now = reservePool.nameMentor(cadre.id(), second.id(), pool.entered().plusDays(10));

		PairingView ended = pairings.get(old.pairingId());
		assertThat(ended.status()).isEqualTo(PairingStatus.ENDED);
		assertThat(ended.endsOn()).isEqualTo(pool.entered().plusDays(10));
		assertThat(ended.endReason()).contains("更换结对导师").contains(second.name());
		assertThat(pairings.get(now.pairingId()).status()).isEqualTo(PairingStatus.ACTIVE);
		assertThat(reserveRounds.details(cadre.id()).mentor().personId()).isEqualTo(second.id());
		assertThatThrownBy(() -> reservePool.nameMentor(cadre.id(), second.id(), null))
			.isInstanceOf(DomainException.class).extracting(e -> ((DomainException) e).messageKey())
			.isEqualTo("selection.mentor.same");
	}

	@Test
	void appointmentAndRemovalFromThePoolEndTheMentorPairing() {
		Pool pool = pool(8, 2);
		Candidate appointed = pool.cadres().get(0);
		Candidate removed = pool.cadres().get(1);
		var a = reservePool.nameMentor(appointed.id(), fixture.mentor(pool.village()).id(), pool.entered());
		var r = reservePool.nameMentor(removed.id(), fixture.mentor(pool.village()).id(), pool.entered());

		reservePool.appoint(appointed.id(), pool.entered().plusDays(20), "村委会委员");
		reservePool.remove(removed.id(), pool.entered().plusDays(21), "长期外出务工");

		assertThat(pairings.get(a.pairingId())).satisfies(p -> {
			assertThat(p.status()).isEqualTo(PairingStatus.ENDED);
			assertThat(p.endReason()).isEqualTo("后备力量调整任职：村委会委员");
			assertThat(p.endsOn()).isEqualTo(pool.entered().plusDays(20));
		});
		assertThat(pairings.get(r.pairingId())).satisfies(p -> {
			assertThat(p.status()).isEqualTo(PairingStatus.ENDED);
			assertThat(p.endReason()).isEqualTo("后备力量出库：长期外出务工");
		});
		assertThat(reserveRounds.details(appointed.id()).mentor()).isNull();
	}

	@Test
	void aSecondActiveMentorIsRefusedNamingThePairingRule() throws Exception {
		Pool pool = pool(9, 2);
		Candidate mentored = pool.cadres().get(0);
		Candidate other = pool.cadres().get(1);
		var mentor = fixture.mentor(pool.village());
		reservePool.nameMentor(mentored.id(), mentor.id(), pool.entered());

		// by hand on the pairing engine: one mentor per reserve cadre
		var another = fixture.mentor(pool.village());
		assertThatThrownBy(() -> pairings.create(PairingKind.RESERVE_MENTOR, another.id(), mentored.personId(), null, null,
				false)).isInstanceOf(DomainException.class).extracting(e -> ((DomainException) e).messageKey())
			.isEqualTo("pairing.rule.oneRight");
		// through selection: the same mentor for a second reserve cadre breaks the mentor's quota of one
		mvc.perform(post("/api/v1/reserve-candidates/{id}/mentor", other.id()).contentType(MediaType.APPLICATION_JSON)
				.content("{\"mentorPersonId\":" + mentor.id() + "}"))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value(containsString("违反规则「结对名额」")));
		// a person not tagged 导师 is refused on the page, naming the rule
		var notAMentor = fixture.person(LocalDate.of(1980, 1, 1), org.bastion.people.EducationLevel.BACHELOR,
				pool.village());
		mvc.perform(post("/reserve/candidates/{id}/mentor", other.id()).with(csrf())
				.param("mentorPersonId", String.valueOf(notAMentor.id())))
			.andExpect(flash().attribute("error", containsString("违反规则「帮带人须为导师」")));
		mvc.perform(get("/api/v1/reserve-candidates/{id}", other.id())).andExpect(jsonPath("$.mentor").doesNotExist());
	}

	@Test
	@WithMockUser(username = "admin", authorities = {"selection:read", "selection:write", "indicator:read"})
	void aSelectionClerkWithoutPairingAuthorityNamesMentorsOnlyInScope() throws Exception {
		Pool pool = pool(10, 1);
		Candidate cadre = pool.cadres().get(0);
		var mentor = fixture.mentor(pool.village());
		long cuijiangCommittee = fixture.township(SelectionFixture.CUIJIANG).id();
		scope = () -> DataScope.of(Set.copyOf(organizations.subtreeIds(cuijiangCommittee)), Set.of(SelectionFixture.CUIJIANG));
		mvc.perform(post("/api/v1/reserve-candidates/{id}/mentor", cadre.id()).contentType(MediaType.APPLICATION_JSON)
				.content("{\"mentorPersonId\":" + mentor.id() + "}"))
			.andExpect(status().isForbidden());

		long committee = fixture.township(SelectionFixture.ANLE).id();
		scope = () -> DataScope.of(Set.copyOf(organizations.subtreeIds(committee)), Set.of(SelectionFixture.ANLE));
		mvc.perform(post("/api/v1/reserve-candidates/{id}/mentor", cadre.id()).contentType(MediaType.APPLICATION_JSON)
				.content("{\"mentorPersonId\":" + mentor.id() + "}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value(mentor.name()));
		mvc.perform(get("/api/v1/reserve-candidates/{id}", cadre.id()))
			.andExpect(jsonPath("$.mentor.personId").value(mentor.id()));
	}

	@Test
	void mentorCoverageFollowsThePairings() {
		Pool pool = pool(11, 2);
		Candidate a = pool.cadres().get(0);
		LocalDate from = reserveRounds.today().minusDays(1);
		LocalDate to = pool.entered().plusDays(30);
		scope = () -> DataScope.of(Set.of(), Set.of(pool.village()));
		assertThat(figures.figures(from, to).mentorCoverage()).isEqualByComparingTo("0.00");

		var named = reservePool.nameMentor(a.id(), fixture.mentor(pool.village()).id(), pool.entered());
		assertThat(figures.figures(from, to).mentorCoverage()).isEqualByComparingTo("50.00");
		reservePool.nameMentor(a.id(), fixture.mentor(pool.village()).id(), pool.entered().plusDays(5));
		assertThat(figures.figures(from, to).mentorCoverage()).isEqualByComparingTo("50.00");
		assertThat(figures.figures(from, pool.entered().minusDays(1)).mentorCoverage()).isNull();

		// ended on the pairing engine's own page: no mentor any more
		var current = reserveRounds.details(a.id()).mentor();
		assertThat(current.pairingId()).isNotEqualTo(named.pairingId());
		pairings.end(current.pairingId(), "导师调离", pool.entered().plusDays(8));
		assertThat(figures.figures(from, to).mentorCoverage()).isEqualByComparingTo("0.00");
		assertThat(figures.figures(from, pool.entered().plusDays(6)).mentorCoverage()).isEqualByComparingTo("50.00");
	}
}

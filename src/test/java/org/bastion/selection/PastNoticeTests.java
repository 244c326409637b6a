package org.bastion.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.bastion.SwitchedDataScopes.scope;

import java.time.LocalDate;
import java.util.List;

import org.bastion.IntegrationTest;
import org.bastion.SwitchedScopeSupport;
import org.bastion.common.scope.DataScope;
import org.bastion.selection.internal.Reserve.Candidate;
import org.bastion.selection.internal.Reserve.Round;
import org.bastion.selection.internal.ReserveRounds;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * {@link ReserveSteps#recordPastNotice} back-dates a notice, which sends its candidates to the pool at
 * the next entry run without the public ever seeing it: only the system may do it (the demo's last
 * year's round), outside any web request and with the unrestricted scope — never a user, whatever
 * their rights.
 */
@IntegrationTest
@Tag("integration")
@WithMockUser(username = "admin", authorities = {"selection:read", "selection:write", "indicator:read"})
class PastNoticeTests extends SwitchedScopeSupport {

	static final LocalDate REFERENCE = LocalDate.of(2026, 6, 30);

	@Autowired
	ReserveSteps steps;
	@Autowired
	ReserveRounds rounds;
	@Autowired
	SelectionFixture fixture;

	@Test
	void aUserInAWebRequestCannotRecordANoticeInThePast() {
		Round round = fixture.round(SelectionFixture.ANLE, REFERENCE);
		Candidate c = fixture.inspected(round);
		RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));

		assertThatThrownBy(() -> steps.recordPastNotice(round.id(), List.of(c.id()), rounds.today().minusDays(20)))
			.isInstanceOf(AccessDeniedException.class);
		assertThat(rounds.candidate(c.id()).state()).isEqualTo(CandidateState.INSPECTED);
	}

	@Test
	void outsideAnyRequestAPastNoticeStillNeedsTheUnrestrictedScope() {
		Round round = fixture.round(SelectionFixture.ANLE, REFERENCE);
		Candidate c = fixture.inspected(round);
		RequestContextHolder.resetRequestAttributes();
		scope = () -> DataScope.of(List.of(round.organizationId()), List.of(SelectionFixture.ANLE));

		assertThatThrownBy(() -> steps.recordPastNotice(round.id(), List.of(c.id()), rounds.today().minusDays(20)))
			.isInstanceOf(AccessDeniedException.class);
		assertThat(rounds.candidate(c.id()).state()).isEqualTo(CandidateState.INSPECTED);
	}

	@Test
	void theSystemRecordsANoticeInThePastOutsideAnyRequest() {
		Round round = fixture.round(SelectionFixture.ANLE, REFERENCE);
		Candidate c = fixture.inspected(round);
		RequestContextHolder.resetRequestAttributes();

		steps.recordPastNotice(round.id(), List.of(c.id()), rounds.today().minusDays(20));

		assertThat(rounds.candidate(c.id()).state()).isEqualTo(CandidateState.IN_NOTICE);
	}
}

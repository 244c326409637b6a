package org.bastion.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.bastion.IntegrationTest;
import org.bastion.selection.internal.Reserve.Notice;
import org.bastion.selection.internal.Reserve.Round;
import org.bastion.selection.internal.ReserveRounds;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The public notice says who issued it, when, and whom to call; a refused objection keeps what was typed. */
@IntegrationTest
@WithMockUser(username = "admin", authorities = {"selection:read", "selection:write"})
class PublicNoticePageTests {

	private static final String SHOWN_AT = "org.bastion.selection.web.PublicNoticeController.shownAt";

	@Autowired
	MockMvc mvc;
	@Autowired
	SelectionFixture fixture;
	@Autowired
	ReserveRounds reserveRounds;

	@Test
	void theNoticeNamesItsIssuerItsDateAndTheSupervisionPhoneAndAsksToChooseWhom() throws Exception {
		Notice notice = publishedToday();
		String anle = fixture.township(SelectionFixture.ANLE).name();
		String today = reserveRounds.today().toString();

		String page = mvc.perform(get("/public/notices/{id}", notice.id()).with(anonymous())).andReturn().getResponse()
			.getContentAsString();

		assertThat(page).contains("发布单位", anle, "发布日期",
				today, "监督电话", "href=\"tel:12380\"", "<option value=\"\">请选择</option>");
	}

	@Test
	void anObjectionSentTooFastKeepsWhatTheResidentTyped() throws Exception {
		Notice notice = publishedToday();
		long candidate = reserveRounds.candidates(List.of(CandidateState.IN_NOTICE)).stream()
			.filter(r -> notice.id() == r.candidate().noticeId()).findFirst().orElseThrow().candidate().id();
		MockHttpSession session = new MockHttpSession();
		session.setAttribute(SHOWN_AT, Instant.now());

		MvcResult refused = mvc.perform(post("/public/notices/{id}/objections", notice.id()).with(anonymous()).with(csrf())
				.session(session).param("candidateId", String.valueOf(candidate)).param("text", "该同志长期在外务工，请核实。")
				.param("contact", "13900001234"))
			.andReturn();
		String again = mvc.perform(get("/public/notices/{id}", notice.id()).with(anonymous()).session(session)
				.flashAttrs(refused.getFlashMap()))
			.andReturn().getResponse().getContentAsString();

		assertThat(again).contains("该同志长期在外务工，请核实。</textarea>", "value=\"13900001234\"",
				"value=\"" + candidate + "\" selected=\"selected\"");
	}

	private Notice publishedToday() {
		Round round = fixture.round(SelectionFixture.ANLE, LocalDate.of(2026, 6, 30));
		return fixture.onNotice(round, List.of(fixture.inspected(round)), reserveRounds.today());
	}
}

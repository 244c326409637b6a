package org.bastion.selection.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.bastion.common.DomainException;
import org.bastion.selection.internal.PublicNotices;
import org.bastion.selection.internal.Reserve.NoticeDetails;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The public notice page (公示), with no sign-in and made for a phone: the notices and, on each, an
 * objection form. Scripts are kept out without any outside service: the form is CSRF-protected (it
 * needs the session's token), carries a field that people never see and must leave empty, and is
 * refused when sent sooner than {@code bastion.selection.objection.min-fill-seconds} after it was
 * shown; one address may file a few an hour.
 */
@Controller
@RequestMapping("/public/notices")
class PublicNoticeController {

	static final String SHOWN_AT = PublicNoticeController.class.getName() + ".shownAt";

	private final PublicNotices notices;
	private final MessageSource messages;
	private final Duration minFill;
	private final Clock clock;

	PublicNoticeController(PublicNotices notices, MessageSource messages,
			@Value("${bastion.selection.objection.min-fill-seconds:3}") long minFillSeconds, Clock clock) {
		this.clock = clock;
		this.notices = notices;
		this.messages = messages;
		this.minFill = Duration.ofSeconds(minFillSeconds);
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("notices", notices.notices());
		return "selection/public-notices";
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, Model model, HttpSession session) {
		NoticeDetails notice = notices.notice(id);
		model.addAttribute("n", notice);
		if (notice.open()) {
			session.setAttribute(SHOWN_AT, clock.instant());
		}
		return "selection/public-notice";
	}

	@PostMapping("/{id}/objections")
	String object(@PathVariable long id, @RequestParam(required = false) Long candidateId,
			@RequestParam(required = false) String text, @RequestParam(required = false) String contact,
			@RequestParam(name = "website", required = false) String honeypot, HttpServletRequest request,
			HttpSession session, RedirectAttributes redirect, Locale locale) {
		Instant shownAt = (Instant) session.getAttribute(SHOWN_AT);
		boolean script = (honeypot != null && !honeypot.isEmpty()) || shownAt == null
				|| Duration.between(shownAt, clock.instant()).compareTo(minFill) < 0;
		if (script) {
			return refused(id, messages.getMessage("selection.objection.rejected", null, locale), candidateId, text, contact,
					redirect);
		}
		if (candidateId == null) {
			return refused(id, messages.getMessage("selection.objection.candidate.required", null, locale), null, text,
					contact, redirect);
		}
		try {
			notices.fileObjection(id, candidateId, text, contact, request.getRemoteAddr());
		}
		catch (DomainException ex) {
			return refused(id, PageMessages.text(messages, ex, locale), candidateId, text, contact, redirect);
		}
		session.removeAttribute(SHOWN_AT);
		redirect.addFlashAttribute("filed", true);
		return "redirect:/public/notices/" + id;
	}

	/** Back to the form with why, keeping everything the resident typed (also when sent too fast). */
	private static String refused(long id, String error, Long candidateId, String text, String contact,
			RedirectAttributes redirect) {
		redirect.addFlashAttribute("error", error);
		redirect.addFlashAttribute("candidateId", candidateId);
		redirect.addFlashAttribute("text", text);
		redirect.addFlashAttribute("contact", contact);
		return "redirect:/public/notices/" + id + "#objection";
	}
}

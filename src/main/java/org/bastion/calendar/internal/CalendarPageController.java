package org.bastion.calendar.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Map;


import org.bastion.calendar.OfficialDay;
import org.bastion.common.DomainException;
import org.bastion.common.web.Confirmation;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators keep the year's holidays and make-up days (调休) here. */
@Controller
class CalendarPageController {

	private final OfficialCalendar calendar;
	private final MessageSource messages;
	private final Clock clock;

	CalendarPageController(OfficialCalendar calendar, MessageSource messages, Clock clock) {
		this.clock = clock;
		this.calendar = calendar;
		this.messages = messages;
	}

	@GetMapping("/calendar")
	String year(@RequestParam(required = false) Integer year, Model model) {
		int shown = year == null ? Year.now(clock).getValue() : year;
		model.addAttribute("year", shown);
		model.addAttribute("days", calendar.officialDays(shown));
		model.addAttribute("kinds", OfficialDay.Kind.values());
		return "calendar/year";
	}

	@PostMapping("/calendar/days")
	String record(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
			@RequestParam OfficialDay.Kind kind, @RequestParam String festival, RedirectAttributes redirect) {
		try {
			calendar.record(new OfficialDay(day, kind, festival.strip()));
			redirect.addFlashAttribute("message", messages.getMessage("calendar.recorded", new Object[] {day},
					LocaleContextHolder.getLocale()));
		}
		catch (DomainException ex) {
			var fault = ex.faults().get(0);
			redirect.addFlashAttribute("error", messages.getMessage(fault.messageKey(), fault.args(),
					LocaleContextHolder.getLocale()));
			redirect.addFlashAttribute("festival", festival);
		}
		return "redirect:/calendar?year=" + day.getYear();
	}

	/** Asks first (the kit's confirmation), then removes: 40 one-click 删除 buttons were too easy to hit. */
	@PostMapping("/calendar/days/delete")
	@PreAuthorize("hasAuthority('calendar:write')")
	String remove(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
			@RequestParam(defaultValue = "false") boolean confirm, Model model, RedirectAttributes redirect) {
		if (!confirm) {
			String festival = calendar.officialDays(day.getYear()).stream().filter(d -> d.day().equals(day))
				.map(OfficialDay::festival).findFirst().orElse("");
			return Confirmation.ask(model, new Confirmation("calendar.remove.confirm", List.of(day.toString(), festival),
					"calendar.remove", "/calendar/days/delete", Map.of("day", day.toString()), "/calendar?year=" + day.getYear()));
		}
		calendar.remove(day);
		redirect.addFlashAttribute("message", messages.getMessage("calendar.removed", new Object[] {day},
				LocaleContextHolder.getLocale()));
		return "redirect:/calendar?year=" + day.getYear();
	}
}

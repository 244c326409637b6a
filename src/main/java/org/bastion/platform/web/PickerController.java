package org.bastion.platform.web;

import java.util.List;

import org.bastion.platform.Pick;
import org.bastion.platform.Pickers;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * {@code GET /pick/{kind}?q=}: the picker's matches in the caller's scope — for htmx (and picker.js) the
 * options of the combobox's listbox, without scripts a plain search page whose matches link back to the
 * form's page ({@code back}, a path of this site) with the field ({@code field}) set.
 */
@Controller
class PickerController {

	private final Pickers pickers;

	PickerController(Pickers pickers) {
		this.pickers = pickers;
	}

	/** A match as the plain page links it: back to the form with the field set, or nowhere. */
	record Choice(Pick pick, String link) {
	}

	@GetMapping("/pick/{kind}")
	String pick(@PathVariable String kind, @RequestParam(required = false) String q,
			@RequestParam(required = false) String only, @RequestParam(required = false) String field,
			@RequestParam(required = false) String back, @RequestHeader(name = "HX-Request", required = false) String htmx,
			Model model) {
		List<Pick> matches = pickers.search(kind, q, only);
		model.addAttribute("kind", kind);
		model.addAttribute("q", q == null ? "" : q.strip());
		model.addAttribute("only", only);
		model.addAttribute("matches", matches);
		if (htmx != null) {
			return "fragments/picker :: options";
		}
		String backTo = local(back);
		model.addAttribute("field", field);
		model.addAttribute("back", backTo);
		model.addAttribute("choices", matches.stream().map(p -> new Choice(p, backTo == null || field == null ? null
				: UriComponentsBuilder.fromUriString(backTo).replaceQueryParam(field, p.value()).build().toUriString())).toList());
		return "pick/page";
	}

	/** A path on this site, never another site's address (no open redirect). */
	static String local(String back) {
		if (back == null || !back.startsWith("/") || back.startsWith("//") || back.contains("\\") || back.contains("://")) {
			return null;
		}
		return back;
	}
}

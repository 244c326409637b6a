package org.bastion.geography.web;

import java.util.List;

import org.bastion.geography.CommitteeKind;
import org.bastion.geography.Division;
import org.bastion.geography.Divisions;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** Browsing the divisions: province → city → county → township → village-level committees. */
@Controller
class DivisionPageController {

	private final Divisions divisions;

	DivisionPageController(Divisions divisions) {
		this.divisions = divisions;
	}

	@GetMapping("/divisions")
	String index(@RequestParam(required = false) String q, Model model) {
		model.addAttribute("q", q);
		model.addAttribute("divisions", q == null || q.isBlank() ? divisions.provinces() : divisions.search(q.strip(), 100));
		return "geography/divisions";
	}

	@GetMapping("/divisions/{code}")
	String show(@PathVariable String code, Model model) {
		Division division = divisions.get(code);
		List<Division> children = divisions.children(code);
		model.addAttribute("division", division);
		model.addAttribute("ancestry", divisions.ancestry(code));
		model.addAttribute("children", children);
		model.addAttribute("residentsCount", children.stream().filter(d -> d.committeeKind() == CommitteeKind.RESIDENTS).count());
		model.addAttribute("villageCount", children.stream().filter(d -> d.committeeKind() == CommitteeKind.VILLAGE).count());
		return "geography/division";
	}
}

package org.bastion.home;

import java.util.List;

import org.bastion.geography.CommitteeKind;
import org.bastion.geography.Division;
import org.bastion.geography.Divisions;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The workbench: the county's basic figures, each a link to the records behind it. */
@Controller
class HomePageController {

	private final Divisions divisions;
	private final String countyCode;

	HomePageController(Divisions divisions, @Value("${bastion.county-code}") String countyCode) {
		this.divisions = divisions;
		this.countyCode = countyCode;
	}

	@GetMapping("/")
	String home(Model model) {
		List<Division> villages = divisions.villagesUnder(countyCode);
		model.addAttribute("county", divisions.find(countyCode).orElse(null));
		model.addAttribute("townships", divisions.children(countyCode).size());
		model.addAttribute("villages", villages.stream().filter(v -> v.committeeKind() == CommitteeKind.VILLAGE).count());
		model.addAttribute("communities", villages.stream().filter(v -> v.committeeKind() == CommitteeKind.RESIDENTS).count());
		return "home/index";
	}

	@GetMapping("/login")
	String login() {
		return "login";
	}
}

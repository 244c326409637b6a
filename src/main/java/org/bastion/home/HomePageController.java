package org.bastion.home;

import org.bastion.geography.DivisionLevel;
import org.bastion.geography.Divisions;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The workbench: the county's basic figures, each a link to the records behind it. */
@Controller
class HomePageController {

	private final Divisions divisions;

	HomePageController(Divisions divisions) {
		this.divisions = divisions;
	}

	@GetMapping("/")
	String home(Model model) {
		model.addAttribute("townships", divisions.count(DivisionLevel.TOWNSHIP));
		model.addAttribute("villages", divisions.count(DivisionLevel.VILLAGE));
		return "home/index";
	}

	@GetMapping("/login")
	String login() {
		return "login";
	}
}

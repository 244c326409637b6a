package org.bastion.home;

import java.util.List;

import org.bastion.common.security.Authorities;
import org.bastion.common.security.SignedIn;
import org.bastion.dashboard.Dashboards;
import org.bastion.geography.CommitteeKind;
import org.bastion.geography.Division;
import org.bastion.geography.Divisions;
import org.bastion.people.Households;
import org.bastion.people.People;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The workbench: the to-dos, then for a holder of {@code indicator:read} their dashboard (the figures of
 * their scope for the chosen {@code period} and {@code scope}), then the county's basic figures, each a link
 * to the records behind it.
 */
@Controller
class HomePageController {

	private final Divisions divisions;
	private final People people;
	private final Households households;
	private final Dashboards dashboards;
	private final String countyCode;
	private final ApplicationAvailability availability;
	private final boolean demo;

	HomePageController(Divisions divisions, People people, Households households, Dashboards dashboards,
			@Value("${bastion.county-code}") String countyCode, ApplicationAvailability availability,
			@Value("${bastion.demo.enabled:false}") boolean demo) {
		this.availability = availability;
		this.demo = demo;
		this.divisions = divisions;
		this.people = people;
		this.households = households;
		this.dashboards = dashboards;
		this.countyCode = countyCode;
	}

	@GetMapping("/")
	String home(@RequestParam(required = false) Long scope, @RequestParam(required = false) String period, Model model) {
		if (SignedIn.holds(Authorities.INDICATOR_READ)) {
			model.addAttribute("dashboard", dashboards.view(scope, period));
		}
		List<Division> villages = divisions.villagesUnder(countyCode);
		model.addAttribute("county", divisions.find(countyCode).orElse(null));
		model.addAttribute("townships", divisions.children(countyCode).size());
		model.addAttribute("villages", villages.stream().filter(v -> v.committeeKind() == CommitteeKind.VILLAGE).count());
		model.addAttribute("communities", villages.stream().filter(v -> v.committeeKind() == CommitteeKind.RESIDENTS).count());
		// counted in the viewer's data scope, as every figure of persons and households is
		model.addAttribute("peopleFigures", people.figures());
		model.addAttribute("householdFigures", households.figures());
		return "home/index";
	}

	/** Until the start's work (the demo data and its users) is done, the page says so instead of a refusal. */
	@GetMapping("/login")
	String login(Model model) {
		model.addAttribute("preparing", demo && availability.getReadinessState() != ReadinessState.ACCEPTING_TRAFFIC);
		return "login";
	}
}

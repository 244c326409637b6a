package org.bastion.people.web;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.bastion.common.PageRequest;
import org.bastion.common.PageResult;
import org.bastion.common.security.Authorities;
import org.bastion.common.web.ListPage;
import org.bastion.geography.Divisions;
import org.bastion.people.HouseholdStatus;
import org.bastion.people.HouseholdView;
import org.bastion.people.internal.HouseholdManagement;
import org.bastion.people.internal.PersonManagement;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/** The registered poor household pages: list by village and status, and one household. */
@Controller
@PreAuthorize("hasAuthority('" + Authorities.HOUSEHOLD_READ + "')")
class HouseholdPageController {

	private final HouseholdManagement households;
	private final PersonManagement people;
	private final Divisions divisions;

	private final org.bastion.platform.Pickers pickers;

	HouseholdPageController(HouseholdManagement households, PersonManagement people, Divisions divisions,
			org.bastion.platform.Pickers pickers) {
		this.pickers = pickers;
		this.households = households;
		this.people = people;
		this.divisions = divisions;
	}

	@GetMapping("/households")
	String list(@RequestParam(required = false) String villageCode, @RequestParam(required = false) HouseholdStatus status,
			@RequestParam(required = false) Integer page, @RequestHeader(name = "HX-Request", required = false) String htmx,
			Model model) {
		PageResult<HouseholdView> result = households.search(villageCode, status, PageRequest.of(page, null));
		model.addAttribute("villageCode", villageCode);
		model.addAttribute("villagePicker", pickers.field("division", "villageCode", villageCode));
		model.addAttribute("status", status);
		model.addAttribute("statuses", HouseholdStatus.values());
		model.addAttribute("result", result);
		model.addAttribute("heads", people.findAll(result.items().stream().map(HouseholdView::headId).toList()));
		model.addAttribute("villages", result.items().isEmpty() ? java.util.Map.of()
				: divisions.findAll(result.items().stream().map(HouseholdView::villageCode).toList()));
		model.addAttribute("exportUrl", url("/households/export.xlsx", villageCode, status, null));
		model.addAttribute("pager", ListPage.of(result, p -> url("/households", villageCode, status, p)));
		return htmx != null ? "households/list :: results" : "households/list";
	}

	@GetMapping("/households/{id}")
	String show(@PathVariable long id, Model model) {
		HouseholdView household = households.get(id);
		Set<Long> ids = new HashSet<>();
		ids.add(household.headId());
		household.members().forEach(m -> ids.add(m.personId()));
		model.addAttribute("household", household);
		model.addAttribute("persons", people.findAll(new ArrayList<>(ids)));
		model.addAttribute("villagePath", divisions.ancestry(household.villageCode()));
		return "households/show";
	}

	static String url(String path, String villageCode, HouseholdStatus status, Integer page) {
		UriComponentsBuilder url = UriComponentsBuilder.fromPath(path);
		if (villageCode != null && !villageCode.isBlank()) {
			url.queryParam("villageCode", villageCode.strip());
		}
		if (status != null) {
			url.queryParam("status", status.name());
		}
		if (page != null) {
			url.queryParam("page", page);
		}
		return url.encode().build().toUriString();
	}

}

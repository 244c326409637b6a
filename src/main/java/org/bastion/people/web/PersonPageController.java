package org.bastion.people.web;

import java.util.List;
import java.util.Map;

import org.bastion.common.DomainException;
import org.bastion.common.PageRequest;
import org.bastion.common.PageResult;
import org.bastion.common.security.Authorities;
import org.bastion.common.web.ListPage;
import org.bastion.geography.Division;
import org.bastion.geography.Divisions;
import org.bastion.organization.DepartmentKind;
import org.bastion.organization.Organizations;
import org.bastion.people.CadreRank;
import org.bastion.people.EducationLevel;
import org.bastion.people.Ethnicities;
import org.bastion.people.PartyStatus;
import org.bastion.people.PersonData;
import org.bastion.people.PersonTag;
import org.bastion.people.PersonView;
import org.bastion.people.internal.HouseholdManagement;
import org.bastion.people.internal.PersonManagement;
import org.bastion.platform.Pickers;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The person pages: list with filters, detail, new and edit forms, and an organization's member list. */
@Controller
@PreAuthorize("hasAuthority('" + Authorities.PERSON_READ + "')")
class PersonPageController {

	private static final String WRITE = "hasAuthority('" + Authorities.PERSON_WRITE + "')";

	private final PersonManagement people;
	private final HouseholdManagement households;
	private final Divisions divisions;
	private final Organizations organizations;

	private final List<org.bastion.people.PersonPageSection> sections;
	private final Pickers pickers;

	PersonPageController(PersonManagement people, HouseholdManagement households, Divisions divisions,
			Organizations organizations, List<org.bastion.people.PersonPageSection> sections, Pickers pickers) {
		this.sections = sections;
		this.pickers = pickers;
		this.people = people;
		this.households = households;
		this.divisions = divisions;
		this.organizations = organizations;
	}

	@InitBinder("personForm")
	void refuseId(WebDataBinder binder) {
		binder.setDisallowedFields("id");
	}

	@ModelAttribute
	void choices(Model model) {
		model.addAttribute("cadreRanks", CadreRank.values());
		model.addAttribute("personTags", PersonTag.values());
		model.addAttribute("educationLevels", EducationLevel.values());
		model.addAttribute("partyStatuses", PartyStatus.values());
		model.addAttribute("departmentKinds", DepartmentKind.values());
		model.addAttribute("ethnicities", Ethnicities.ALL);
	}

	@GetMapping("/people")
	String list(PersonFilter filter, @RequestParam(required = false) Integer page,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		PageResult<PersonView> result = people.search(filter.query(), PageRequest.of(page, null));
		model.addAttribute("filter", filter);
		model.addAttribute("organizationPicker", pickers.field("organization", "organizationId", filter.organizationId()));
		model.addAttribute("villagePicker", pickers.field("division", "villageCode", filter.villageCode()));
		model.addAttribute("result", result);
		model.addAttribute("villages", villageNames(result.items().stream().map(PersonView::householdDivisionCode).toList()));
		model.addAttribute("exportUrl", filter.url("/people/export.xlsx", null));
		model.addAttribute("pager", ListPage.of(result, p -> filter.url("/people", p)));
		return htmx != null ? "people/list :: results" : "people/list";
	}

	@GetMapping("/people/{id}")
	String show(@PathVariable long id, Model model) {
		PersonView person = people.get(id);
		model.addAttribute("person", person);
		model.addAttribute("village", divisions.find(person.householdDivisionCode()).orElse(null));
		model.addAttribute("villagePath", divisions.ancestry(person.householdDivisionCode()));
		model.addAttribute("organization",
				person.organizationId() == null ? null : organizations.find(person.organizationId()).orElse(null));
		model.addAttribute("household", households.ofPerson(id).orElse(null));
		model.addAttribute("sections", sections.stream()
			.map(s -> new PageSection(s.fragment(), s.model(id)))
			.filter(s -> s.model() != null)
			.toList());
		return "people/show";
	}

	@GetMapping("/people/new")
	@PreAuthorize(WRITE)
	String initCreationForm(@RequestParam(required = false) Long organizationId,
			@RequestParam(required = false) String householdDivisionCode, Model model) {
		PersonForm form = new PersonForm();
		form.setOrganizationId(organizationId == null ? null : organizationId.toString());
		form.setHouseholdDivisionCode(householdDivisionCode);
		return form(form, model);
	}

	/** The form with its pickers showing the chosen organization and village by name. */
	private String form(PersonForm form, Model model) {
		model.addAttribute("personForm", form);
		model.addAttribute("organizationPicker", pickers.field("organization", "organizationId", form.getOrganizationId()));
		model.addAttribute("villagePicker", pickers.field("division", "householdDivisionCode", form.getHouseholdDivisionCode(),
				"VILLAGE"));
		return "people/form";
	}

	@PostMapping("/people/new")
	@PreAuthorize(WRITE)
	String processCreationForm(@ModelAttribute PersonForm personForm, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		PersonData data = personForm.toData(errors);
		if (errors.hasErrors()) {
			return form(personForm, model);
		}
		try {
			PersonView created = people.register(data);
			redirect.addFlashAttribute("flash", "person.created");
			redirect.addFlashAttribute("flashArg", created.name());
			return "redirect:/people/" + created.id();
		}
		catch (DomainException ex) {
			refused(ex, errors);
			return form(personForm, model);
		}
	}

	@GetMapping("/people/{id}/edit")
	@PreAuthorize(WRITE)
	String initUpdateForm(@PathVariable long id, Model model) {
		PersonView person = people.get(id);
		model.addAttribute("person", person);
		return form(PersonForm.of(person), model);
	}

	@PostMapping("/people/{id}/edit")
	@PreAuthorize(WRITE)
	String processUpdateForm(@PathVariable long id, @ModelAttribute PersonForm personForm, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		model.addAttribute("person", people.getForChange(id));
		PersonData data = personForm.toData(errors);
		if (personForm.getVersion() == null) {
			errors.reject("error.conflict.version");
		}
		if (errors.hasErrors()) {
			return form(personForm, model);
		}
		try {
			PersonView changed = people.changeKeepingIdNumber(id, personForm.getVersion(), data);
			redirect.addFlashAttribute("flash", "person.updated");
			redirect.addFlashAttribute("flashArg", changed.name());
			return "redirect:/people/" + id;
		}
		catch (DomainException ex) {
			refused(ex, errors);
			return form(personForm, model);
		}
	}

	private static void refused(DomainException ex, BindingResult errors) {
		if (ex.kind() == DomainException.Kind.NOT_FOUND) {
			throw ex;
		}
		if (ex.faults().isEmpty()) {
			errors.reject(ex.messageKey(), ex.args(), null);
		}
		ex.faults().forEach(f -> errors.rejectValue(f.field(), f.messageKey(), f.args(), null));
	}

	/** The ID number and mobile in full, replacing the masked ones on the person page; audited. */
	@PostMapping("/people/{id}/full-numbers")
	@PreAuthorize("hasAuthority('" + Authorities.PERSON_VIEW_FULL_ID + "')")
	String fullNumbers(@PathVariable long id, Model model) {
		model.addAttribute("full", people.fullNumbers(id));
		return "people/show :: fullNumbers";
	}

	/** The member list of one organization, loaded by its detail page with htmx. */
	@GetMapping("/people/fragments/organization/{id}/members")
	String members(@PathVariable long id, Model model) {
		model.addAttribute("members", people.membersOf(id));
		model.addAttribute("rosterOnly", people.readsRosterOnly());
		return "people/members :: members";
	}

	private Map<String, Division> villageNames(List<String> codes) {
		return codes.isEmpty() ? Map.of() : divisions.findAll(codes);
	}

	/** A section another module adds to the page, with what it shows. */
	record PageSection(String fragment, Object model) {
	}
}

package org.bastion.organization.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.bastion.common.DomainException;
import org.bastion.common.PageRequest;
import org.bastion.common.PageResult;
import org.bastion.common.web.ListPage;
import org.bastion.geography.Divisions;
import org.bastion.organization.DepartmentKind;
import org.bastion.organization.NewOrganization;
import org.bastion.organization.OrganizationKind;
import org.bastion.organization.OrganizationSearch;
import org.bastion.organization.OrganizationView;
import org.bastion.organization.internal.OrganizationDetails;
import org.bastion.organization.internal.OrganizationManagement;
import org.bastion.platform.Pickers;
import org.springframework.beans.BeanWrapperImpl;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import jakarta.validation.Valid;

/** The tree, an organization's page, and the forms that found, edit, move and dissolve organizations. */
@Controller
class OrganizationPageController {

	private static final int PICKER_SIZE = 20;

	private final OrganizationManagement tree;
	private final Divisions divisions;

	private final List<org.bastion.organization.OrganizationPageSection> sections;
	private final Pickers pickers;

	OrganizationPageController(OrganizationManagement tree, Divisions divisions,
			List<org.bastion.organization.OrganizationPageSection> sections, Pickers pickers) {
		this.sections = sections;
		this.pickers = pickers;
		this.tree = tree;
		this.divisions = divisions;
	}

	@InitBinder
	void refuseId(WebDataBinder binder) {
		binder.setDisallowedFields("id");
	}

	@GetMapping("/organizations")
	String index(@RequestParam(required = false) String q, @RequestParam(required = false) Integer page, Model model) {
		List<OrganizationView> roots = tree.roots();
		model.addAttribute("roots", roots);
		model.addAttribute("mayFoundRoots", tree.mayFoundRoots());
		model.addAttribute("nodes", roots);
		model.addAttribute("counts", tree.countChildren(roots.stream().map(OrganizationView::id).toList()));
		model.addAttribute("q", q);
		if (q != null && !q.isBlank()) {
			PageResult<OrganizationView> hits = tree.search(OrganizationSearch.byName(q), PageRequest.of(page, null));
			model.addAttribute("hits", hits);
			model.addAttribute("paths", tree.paths(hits.items().stream().map(OrganizationView::id).toList()));
			model.addAttribute("pager", ListPage.of(hits, p -> UriComponentsBuilder.fromPath("/organizations")
				.queryParam("q", q.strip()).queryParam("page", p).encode().build().toUriString()));
		}
		return "organization/organizations";
	}

	@GetMapping("/organizations/{id}/children-fragment")
	String childrenFragment(@PathVariable long id, Model model) {
		List<OrganizationManagement.ChildGroup> groups = tree.childGroups(id);
		model.addAttribute("groups", groups);
		model.addAttribute("counts", tree.countChildren(ids(groups)));
		return "organization/organizations :: groups";
	}

	@GetMapping("/organizations/{id}")
	String show(@PathVariable long id, Model model) {
		OrganizationDetails details = tree.details(id);
		OrganizationView o = details.view();
		List<OrganizationManagement.ChildGroup> groups = tree.childGroups(id);
		List<OrganizationView> children = groups.stream().flatMap(g -> g.members().stream()).toList();
		model.addAttribute("organization", o);
		model.addAttribute("path", tree.path(id));
		model.addAttribute("division", Optional.ofNullable(o.divisionCode()).flatMap(divisions::find).orElse(null));
		model.addAttribute("children", children);
		model.addAttribute("groups", groups);
		model.addAttribute("counts", tree.countDescendants(children.stream().map(OrganizationView::id).toList()));
		model.addAttribute("byKind", tree.countDescendantsByKind(id));
		model.addAttribute("positions", tree.positions(id));
		model.addAttribute("sections", sections.stream()
			.map(s -> new PageSection(s.fragment(), s.model(id)))
			.filter(s -> s.model() != null)
			.toList());
		return "organization/organization";
	}

	@GetMapping("/organizations/new")
	String initCreateForm(@RequestParam(required = false) Long parentId, Model model) {
		tree.checkMayCreate(parentId);
		OrganizationForm form = new OrganizationForm();
		form.setParentId(parentId);
		return createForm(form, model);
	}

	@PostMapping("/organizations/new")
	String processCreateForm(@Valid @ModelAttribute("form") OrganizationForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		tree.checkMayCreate(form.getParentId());
		if (result.hasErrors()) {
			return createForm(form, model);
		}
		try {
			OrganizationView created = tree.create(new NewOrganization(form.getName(), form.getKind(),
					form.getDepartmentKind(), form.getDivisionCode(), form.getParentId())).details().view();
			flash(redirect, "organization.flash.created", created.name());
			return "redirect:/organizations/" + created.id();
		}
		catch (DomainException ex) {
			reject(result, ex);
			return createForm(form, model);
		}
	}

	private String createForm(OrganizationForm form, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("creating", true);
		model.addAttribute("parentPath", form.getParentId() == null ? List.of()
				: tree.find(form.getParentId()).map(p -> tree.path(p.id())).orElse(List.of()));
		return formModel(model);
	}

	@GetMapping("/organizations/{id}/edit")
	String initEditForm(@PathVariable long id, Model model) {
		OrganizationDetails details = tree.forChange(id);
		OrganizationForm form = OrganizationForm.of(details.view(), details.version());
		form.setSortOrder(tree.sortOrder(id));
		return editForm(id, form, model);
	}

	@PostMapping("/organizations/{id}/edit")
	String processEditForm(@PathVariable long id, @Valid @ModelAttribute("form") OrganizationForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		OrganizationView current = tree.forChange(id).view();
		form.setKind(current.kind());
		if (result.hasErrors()) {
			return editForm(id, form, model);
		}
		try {
			OrganizationView saved = tree.revise(id, form.getVersion() == null ? -1 : form.getVersion(), form.getName(),
					form.getDepartmentKind(), form.getDivisionCode());
			tree.reorder(id, form.getSortOrder());
			flash(redirect, "organization.flash.updated", saved.name());
			return "redirect:/organizations/" + id;
		}
		catch (DomainException ex) {
			if (ex.kind() == DomainException.Kind.NOT_FOUND) {
				throw ex;
			}
			reject(result, ex);
			return editForm(id, form, model);
		}
	}

	private String editForm(long id, OrganizationForm form, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("creating", false);
		model.addAttribute("organization", tree.get(id));
		model.addAttribute("parentPath", tree.path(id));
		return formModel(model);
	}

	private String formModel(Model model) {
		OrganizationForm form = (OrganizationForm) model.getAttribute("form");
		model.addAttribute("divisionPicker", pickers.field("division", "divisionCode", form == null ? null : form.getDivisionCode()));
		model.addAttribute("kinds", OrganizationKind.values());
		model.addAttribute("departmentKinds", DepartmentKind.values());
		return "organization/form";
	}

	@GetMapping("/organizations/{id}/move")
	String initMoveForm(@PathVariable long id, @RequestParam(required = false) String q, Model model) {
		tree.forChange(id);
		return moveForm(id, q, new MoveForm(), model);
	}

	@PostMapping("/organizations/{id}/move")
	String processMoveForm(@PathVariable long id, @ModelAttribute("form") MoveForm form, BindingResult result,
			@RequestParam(required = false) String q, Model model, RedirectAttributes redirect) {
		tree.forChange(id);
		if (form.getNewParentId() == null) {
			result.rejectValue("newParentId", "organization.parent.required");
			return moveForm(id, q, form, model);
		}
		try {
			OrganizationView moved = tree.move(id, form.getNewParentId());
			flash(redirect, "organization.flash.moved", moved.name(), tree.get(form.getNewParentId()).name());
			return "redirect:/organizations/" + id;
		}
		catch (DomainException ex) {
			if (ex.kind() == DomainException.Kind.NOT_FOUND) {
				throw ex;
			}
			reject(result, ex);
			return moveForm(id, q, form, model);
		}
	}

	private String moveForm(long id, String q, MoveForm form, Model model) {
		OrganizationView o = tree.get(id);
		model.addAttribute("organization", o);
		model.addAttribute("path", tree.path(id));
		model.addAttribute("form", form);
		picker(o, q, model);
		return "organization/move";
	}

	@GetMapping("/organizations/{id}/dissolve")
	String initDissolveForm(@PathVariable long id, @RequestParam(required = false) String q, Model model) {
		tree.forChange(id);
		return dissolveForm(id, q, new DissolveForm(), model);
	}

	@PostMapping("/organizations/{id}/dissolve")
	String processDissolveForm(@PathVariable long id, @ModelAttribute("form") DissolveForm form, BindingResult result,
			@RequestParam(required = false) String q, Model model, RedirectAttributes redirect) {
		tree.forChange(id);
		try {
			OrganizationView dissolved = tree.dissolve(id, form.getTransferToId());
			flash(redirect, "organization.flash.dissolved", dissolved.name());
			return dissolved.parentId() == null ? "redirect:/organizations" : "redirect:/organizations/" + dissolved.parentId();
		}
		catch (DomainException ex) {
			if (ex.kind() == DomainException.Kind.NOT_FOUND) {
				throw ex;
			}
			reject(result, ex);
			return dissolveForm(id, q, form, model);
		}
	}

	private String dissolveForm(long id, String q, DissolveForm form, Model model) {
		OrganizationView o = tree.get(id);
		model.addAttribute("organization", o);
		model.addAttribute("path", tree.path(id));
		model.addAttribute("form", form);
		model.addAttribute("childCount", tree.children(id).size());
		model.addAttribute("positionCount", tree.positions(id).size());
		model.addAttribute("memberCount", tree.countMembers(id));
		picker(o, q, model);
		return "organization/dissolve";
	}

	/** Candidates for a new parent or a receiving organization: found by name, outside the organization's own subtree. */
	private void picker(OrganizationView o, String q, Model model) {
		model.addAttribute("q", q);
		if (q == null || q.isBlank()) {
			model.addAttribute("candidates", List.of());
			model.addAttribute("candidatePaths", Map.of());
			return;
		}
		List<OrganizationView> candidates = tree.search(OrganizationSearch.byName(q), new PageRequest(0, PICKER_SIZE))
				.items().stream().filter(c -> !tree.isWithin(c.id(), o.id())).toList();
		model.addAttribute("candidates", candidates);
		model.addAttribute("candidatePaths", tree.paths(candidates.stream().map(OrganizationView::id).toList()));
	}

	private static List<Long> ids(List<OrganizationManagement.ChildGroup> groups) {
		return groups.stream().flatMap(g -> g.members().stream()).map(OrganizationView::id).toList();
	}

	/** Puts each refused field next to its input; refusals of the whole request go to the summary. */
	private static void reject(BindingResult result, DomainException ex) {
		BeanWrapperImpl target = new BeanWrapperImpl(result.getTarget());
		if (ex.faults().isEmpty()) {
			result.reject(ex.messageKey(), ex.args(), ex.messageKey());
		}
		for (DomainException.FieldFault fault : ex.faults()) {
			if (target.isReadableProperty(fault.field())) {
				result.rejectValue(fault.field(), fault.messageKey(), fault.args(), fault.messageKey());
			}
			else {
				result.reject(fault.messageKey(), fault.args(), fault.messageKey());
			}
		}
	}

	private static void flash(RedirectAttributes redirect, String key, String... args) {
		redirect.addFlashAttribute("flashKey", key);
		redirect.addFlashAttribute("flashArgs", args);
	}

	/** A section another module adds to the page, with what it shows. */
	record PageSection(String fragment, Object model) {
	}
}

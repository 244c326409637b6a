package org.bastion.project.web;

import java.io.IOException;
import java.util.List;

import org.bastion.common.DomainException;
import org.bastion.common.PageRequest;
import org.bastion.common.PageResult;
import org.bastion.common.security.Authorities;
import org.bastion.common.web.FormErrors;
import org.bastion.common.web.ListPage;
import org.bastion.project.ProjectData;
import org.bastion.project.ProjectFilter;
import org.bastion.project.ProjectKind;
import org.bastion.project.ProjectStatus;
import org.bastion.project.ProjectView;
import org.bastion.project.Projects;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/** The project registry's pages (项目登记): the list with its filters and export, one project, the form. */
@Controller
@PreAuthorize(Projects.READ)
class ProjectPageController {

	private final Projects projects;
	private final ProjectPages pages;

	ProjectPageController(Projects projects, ProjectPages pages) {
		this.projects = projects;
		this.pages = pages;
	}

	@GetMapping("/projects")
	String list(@ModelAttribute("filter") ProjectListFilter filter, @RequestParam(required = false) Integer page,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		PageResult<ProjectView> result = projects.search(filter.filter(), PageRequest.of(page, null));
		model.addAttribute("result", result);
		model.addAttribute("kinds", ProjectKind.values());
		model.addAttribute("statuses", ProjectStatus.values());
		pages.names(result.items(), model);
		model.addAttribute("pager", ListPage.of(result, p -> filter.url("/projects", p)));
		model.addAttribute("exportUrl", filter.url("/projects/export.xlsx", null));
		return htmx != null ? "project/list :: results" : "project/list";
	}

	@GetMapping("/projects/export.xlsx")
	@PreAuthorize("hasAuthority('" + Authorities.EXPORT + "')")
	void export(@ModelAttribute("filter") ProjectListFilter filter, HttpServletResponse response) throws IOException {
		response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"projects.xlsx\"; filename*=UTF-8''%E9%A1%B9%E7%9B%AE.xlsx");
		pages.export(filter.filter(), response.getOutputStream());
	}

	@GetMapping("/projects/{id}")
	String show(@PathVariable long id, Model model) {
		ProjectView project = projects.get(id);
		model.addAttribute("project", project);
		pages.names(List.of(project), model);
		return "project/show";
	}

	@GetMapping("/projects/new")
	@PreAuthorize(Projects.WRITE)
	String initCreationForm(@RequestParam(required = false) String recordType, @RequestParam(required = false) Long recordId,
			Model model) {
		ProjectForm form = new ProjectForm();
		form.setRecordType(recordType);
		form.setRecordId(recordId);
		if ("pairing".equals(recordType)) {
			form.setKind("ASSISTANCE");
		}
		model.addAttribute("projectForm", form);
		return form(model);
	}

	@PostMapping("/projects/new")
	@PreAuthorize(Projects.WRITE)
	String processCreationForm(@ModelAttribute ProjectForm projectForm, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		ProjectData data = projectForm.toData(errors, null);
		return FormErrors.save(errors, () -> projects.problems(data), () -> projects.register(data), created -> {
			redirect.addFlashAttribute("flash", "project.created");
			redirect.addFlashAttribute("flashArg", created.name());
			return "redirect:/projects/" + created.id();
		}, () -> form(model));
	}

	@GetMapping("/projects/{id}/edit")
	@PreAuthorize(Projects.WRITE)
	String initUpdateForm(@PathVariable long id, Model model) {
		ProjectView project = projects.get(id);
		model.addAttribute("project", project);
		model.addAttribute("projectForm", ProjectForm.of(project));
		return form(model);
	}

	@PostMapping("/projects/{id}/edit")
	@PreAuthorize(Projects.WRITE)
	String processUpdateForm(@PathVariable long id, @ModelAttribute ProjectForm projectForm, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		ProjectView project = projects.get(id);
		model.addAttribute("project", project);
		ProjectData data = projectForm.toData(errors, project);
		if (projectForm.getVersion() == null) {
			errors.reject("error.conflict.version");
		}
		return FormErrors.save(errors, () -> projects.problems(data), () -> projects.change(id, projectForm.getVersion(), data), changed -> {
			redirect.addFlashAttribute("flash", "project.updated");
			redirect.addFlashAttribute("flashArg", changed.name());
			return "redirect:/projects/" + id;
		}, () -> form(model));
	}

	private String form(Model model) {
		model.addAttribute("kinds", ProjectKind.values());
		model.addAttribute("statuses", ProjectStatus.values());
		pages.choices(model);
		return "project/form";
	}
}

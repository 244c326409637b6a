package org.bastion.project.web;

import java.net.URI;
import java.time.LocalDate;

import org.bastion.common.DomainException;
import org.bastion.common.PageRequest;
import org.bastion.common.PageResult;
import org.bastion.project.ProjectFilter;
import org.bastion.project.ProjectKind;
import org.bastion.project.ProjectStatus;
import org.bastion.project.ProjectView;
import org.bastion.project.Projects;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The project registry (项目登记) as JSON; authorities and scope are the façade's. */
@RestController
@RequestMapping("/api/v1/projects")
@Tag(name = "projects", description = "项目登记 the project registry")
class ProjectApiController {

	private final Projects projects;

	ProjectApiController(Projects projects) {
		this.projects = projects;
	}

	@GetMapping
	@Operation(summary = "A page of projects in scope; villageCode takes any division code prefix, from/to the start day")
	PageResult<ProjectView> list(@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
			@RequestParam(required = false) String q, @RequestParam(required = false) ProjectKind kind,
			@RequestParam(required = false) ProjectStatus status, @RequestParam(required = false) String villageCode,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		return projects.search(new ProjectFilter(q, kind, status, villageCode, from, to), PageRequest.of(page, size));
	}

	@GetMapping("/{id}")
	@Operation(summary = "One project; 404 when unknown or outside the caller's scope")
	ProjectView get(@PathVariable long id) {
		return projects.get(id);
	}

	@PostMapping
	@Operation(summary = "Registers a project; its owner organization and village must be in the caller's scope")
	ResponseEntity<ProjectView> create(@RequestBody ProjectRequest request) {
		ProjectView created = projects.register(request.toData());
		URI location = ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").buildAndExpand(created.id()).toUri();
		return ResponseEntity.created(location).body(created);
	}

	@PutMapping("/{id}")
	@Operation(summary = "Changes a project; the version last read is required, 409 when someone changed it since")
	ProjectView update(@PathVariable long id, @RequestBody ProjectRequest request) {
		if (request.version() == null) {
			throw DomainException.invalidField("version", "error.notBlank");
		}
		return projects.change(id, request.version(), request.toData());
	}
}

package org.bastion.organization.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.bastion.common.PageRequest;
import org.bastion.common.PageResult;
import org.bastion.organization.DepartmentKind;
import org.bastion.organization.NewOrganization;
import org.bastion.organization.OrganizationKind;
import org.bastion.organization.OrganizationSearch;
import org.bastion.organization.OrganizationView;
import org.bastion.organization.PositionRole;
import org.bastion.organization.PositionView;
import org.bastion.organization.internal.OrganizationDetails;
import org.bastion.organization.internal.OrganizationManagement;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * The Party organization tree as JSON. Changes carry the version read, and a stale one is a 409.
 * Reads see only the caller's data scope (404 outside it); changes outside it are a 403.
 */
@RestController
@RequestMapping("/api/v1/organizations")
@Tag(name = "organizations", description = "党组织 the Party organization tree")
class OrganizationApiController {

	/** An organization in a list. */
	record OrganizationJson(long id, String name, OrganizationKind kind, DepartmentKind departmentKind,
			String divisionCode, Long parentId, int depth, boolean dissolved) {
		static OrganizationJson of(OrganizationView o) {
			return new OrganizationJson(o.id(), o.name(), o.kind(), o.departmentKind(), o.divisionCode(), o.parentId(),
					o.depth(), o.dissolved());
		}
	}

	/** One step of a breadcrumb, root first. */
	record PathStep(long id, String name, OrganizationKind kind) {
	}

	/** An organization with its path from the root and the version to send back with a change. */
	record OrganizationDetailJson(long id, String name, OrganizationKind kind, DepartmentKind departmentKind,
			String divisionCode, Long parentId, int depth, boolean dissolved, long version, List<PathStep> path) {
	}

	record CreateRequest(@NotBlank(message = "{organization.name.required}") @Size(max = 100) String name,
			@NotNull(message = "{organization.kind.required}") OrganizationKind kind, DepartmentKind departmentKind,
			@Size(max = 12) String divisionCode, Long parentId) {
	}

	record UpdateRequest(@NotBlank(message = "{organization.name.required}") @Size(max = 100) String name,
			DepartmentKind departmentKind, @Size(max = 12) String divisionCode,
			@NotNull(message = "{organization.version.required}") Long version) {
	}

	record MoveRequest(@NotNull(message = "{organization.parent.required}") Long newParentId) {
	}

	record DissolveRequest(Long transferToId) {
	}

	record PositionJson(long id, long organizationId, long personId, PositionRole role, LocalDate since,
			LocalDate endedOn) {
		static PositionJson of(PositionView p) {
			return new PositionJson(p.id(), p.organizationId(), p.personId(), p.role(), p.since(), p.endedOn());
		}
	}

	record AssignRequest(@NotNull(message = "{position.person.required}") @Positive Long personId,
			@NotNull(message = "{position.role.required}") PositionRole role,
			@NotNull(message = "{position.since.required}") LocalDate since) {
	}

	record EndRequest(@NotNull(message = "{position.endedOn.required}") LocalDate endedOn) {
	}

	private final OrganizationManagement tree;

	OrganizationApiController(OrganizationManagement tree) {
		this.tree = tree;
	}

	@GetMapping
	@Operation(summary = "Live organizations, by name, filtered by name text, kind and parent")
	PageResult<OrganizationJson> list(@RequestParam(required = false) String q,
			@RequestParam(required = false) OrganizationKind kind, @RequestParam(required = false) Long parentId,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return tree.search(new OrganizationSearch(q, kind, parentId), PageRequest.of(page, size)).map(OrganizationJson::of);
	}

	@GetMapping("/{id}")
	@Operation(summary = "One organization with its path from the root; the ETag is its version")
	ResponseEntity<OrganizationDetailJson> get(@PathVariable long id) {
		return withETag(tree.details(id));
	}

	@GetMapping("/{id}/children")
	@Operation(summary = "Live direct children, by name")
	List<OrganizationJson> children(@PathVariable long id) {
		return tree.children(id).stream().map(OrganizationJson::of).toList();
	}

	@GetMapping("/{id}/path")
	@Operation(summary = "From the topmost organization the caller may see down to this one")
	List<PathStep> path(@PathVariable long id) {
		return steps(tree.path(id));
	}

	@GetMapping("/{id}/descendants-by-kind")
	@Operation(summary = "Live organizations below this one, counted by kind")
	Map<OrganizationKind, Long> descendantsByKind(@PathVariable long id) {
		return tree.countDescendantsByKind(id);
	}

	@PostMapping
	@Operation(summary = "Found an organization; an organ branch needs a department kind, no other kind may have one")
	ResponseEntity<OrganizationDetailJson> create(@Valid @RequestBody CreateRequest request) {
		OrganizationManagement.Founded founded = tree.create(new NewOrganization(request.name(), request.kind(),
				request.departmentKind(), request.divisionCode(), request.parentId()));
		OrganizationDetails details = founded.details();
		return ResponseEntity.created(URI.create("/api/v1/organizations/" + details.view().id())).eTag(eTag(details))
				.body(json(details, founded.path()));
	}

	@PutMapping("/{id}")
	@Operation(summary = "Rename, change department kind or division; 409 when the version is stale")
	ResponseEntity<OrganizationDetailJson> update(@PathVariable long id, @Valid @RequestBody UpdateRequest request) {
		tree.revise(id, request.version(), request.name(), request.departmentKind(), request.divisionCode());
		return withETag(tree.details(id));
	}

	@PostMapping("/{id}/move")
	@Operation(summary = "Move the organization and everything below it under a new parent")
	ResponseEntity<OrganizationDetailJson> move(@PathVariable long id, @Valid @RequestBody MoveRequest request) {
		tree.move(id, request.newParentId());
		return withETag(tree.details(id));
	}

	@PostMapping("/{id}/dissolve")
	@Operation(summary = "Dissolve; with transferToId, children, members and posts go there first")
	ResponseEntity<OrganizationDetailJson> dissolve(@PathVariable long id, @RequestBody(required = false) DissolveRequest request) {
		tree.dissolve(id, request == null ? null : request.transferToId());
		return withETag(tree.details(id));
	}

	@GetMapping("/{id}/positions")
	@Operation(summary = "Posts held now, secretary first")
	List<PositionJson> positions(@PathVariable long id) {
		return tree.positions(id).stream().map(PositionJson::of).toList();
	}

	@PostMapping("/{id}/positions")
	@Operation(summary = "Give a person a post; one secretary at a time")
	ResponseEntity<PositionJson> assign(@PathVariable long id, @Valid @RequestBody AssignRequest request) {
		PositionView position = tree.assignPosition(id, request.personId(), request.role(), request.since());
		return ResponseEntity.created(URI.create("/api/v1/organizations/" + id + "/positions/" + position.id()))
				.body(PositionJson.of(position));
	}

	@PostMapping("/{id}/positions/{positionId}/end")
	@Operation(summary = "End a held post")
	PositionJson end(@PathVariable long id, @PathVariable long positionId, @Valid @RequestBody EndRequest request) {
		return PositionJson.of(tree.endPosition(id, positionId, request.endedOn()));
	}

	private ResponseEntity<OrganizationDetailJson> withETag(OrganizationDetails details) {
		return ResponseEntity.ok().eTag(eTag(details)).body(json(details));
	}

	private static String eTag(OrganizationDetails details) {
		return "\"" + details.version() + "\"";
	}

	private OrganizationDetailJson json(OrganizationDetails details) {
		return json(details, tree.path(details.view().id()));
	}

	private static List<PathStep> steps(List<OrganizationView> path) {
		return path.stream().map(p -> new PathStep(p.id(), p.name(), p.kind())).toList();
	}

	private static OrganizationDetailJson json(OrganizationDetails details, List<OrganizationView> pathViews) {
		OrganizationView o = details.view();
		List<PathStep> path = steps(pathViews);
		return new OrganizationDetailJson(o.id(), o.name(), o.kind(), o.departmentKind(), o.divisionCode(), o.parentId(),
				o.depth(), o.dissolved(), details.version(), path);
	}
}

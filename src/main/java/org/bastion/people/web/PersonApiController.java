package org.bastion.people.web;

import org.bastion.common.PageRequest;
import org.bastion.common.PageResult;
import org.bastion.common.security.Authorities;
import org.bastion.common.web.ApiAnswers;
import org.bastion.people.CadreRank;
import org.bastion.people.EducationLevel;
import org.bastion.people.PersonTag;
import org.bastion.people.PersonView;
import org.bastion.people.internal.PersonManagement;
import org.bastion.people.internal.PersonQuery;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
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

/** Persons. ID numbers and phones come back masked only. */
@RestController
@RequestMapping("/api/v1/people")
@Tag(name = "people", description = "人员 persons: members, cadres, residents")
@PreAuthorize("hasAuthority('" + Authorities.PERSON_READ + "')")
class PersonApiController {

	private final PersonManagement people;

	PersonApiController(PersonManagement people) {
		this.people = people;
	}

	@GetMapping
	@Operation(summary = "A page of persons matching the filters; organizationId takes its whole subtree, villageCode any division code prefix")
	PageResult<PersonView> list(@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
			@RequestParam(required = false) String q, @RequestParam(required = false) Long organizationId,
			@RequestParam(required = false) String villageCode, @RequestParam(required = false) CadreRank cadreRank,
			@RequestParam(required = false) PersonTag tag, @RequestParam(required = false) EducationLevel education,
			@RequestParam(required = false) Boolean partyMember) {
		return people.search(new PersonQuery(q, organizationId, villageCode, cadreRank, tag, education, partyMember),
				PageRequest.of(page, size));
	}

	@GetMapping("/{id}")
	@Operation(summary = "One person")
	PersonView get(@PathVariable long id) {
		return people.get(id);
	}

	@GetMapping("/{id}/full-numbers")
	@PreAuthorize("hasAuthority('" + Authorities.PERSON_VIEW_FULL_ID + "')")
	@Operation(summary = "The person's ID number and mobile in full; needs person:view-full-id and is recorded in the audit trail")
	PersonManagement.FullNumbers fullNumbers(@PathVariable long id) {
		return people.fullNumbers(id);
	}

	@PostMapping
	@PreAuthorize("hasAuthority('" + Authorities.PERSON_WRITE + "')")
	@Operation(summary = "Registers a person; 400 with the faulty fields, 201 with the Location of the new person")
	ResponseEntity<PersonView> create(@Validated @RequestBody PersonRequest request) {
		PersonView created = people.register(request.toData());
		return ApiAnswers.created(created, created.id());
	}

	@PutMapping("/{id}")
	@PreAuthorize("hasAuthority('" + Authorities.PERSON_WRITE + "')")
	@Operation(summary = "Changes a person; the version last read is required, 409 when someone changed it since")
	PersonView update(@PathVariable long id, @Validated @RequestBody PersonRequest request) {
		return people.change(id, ApiAnswers.version(request.version()), request.toData());
	}
}

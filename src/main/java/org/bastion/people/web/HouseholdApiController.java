package org.bastion.people.web;

import org.bastion.common.PageRequest;
import org.bastion.common.PageResult;
import org.bastion.common.security.Authorities;
import org.bastion.common.web.ApiAnswers;
import org.bastion.people.HouseholdStatus;
import org.bastion.people.HouseholdView;
import org.bastion.people.internal.HouseholdManagement;
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

/** Registered poor households (建档立卡贫困户). */
@RestController
@RequestMapping("/api/v1/households")
@Tag(name = "households", description = "建档立卡贫困户 registered poor households")
@PreAuthorize("hasAuthority('" + Authorities.HOUSEHOLD_READ + "')")
class HouseholdApiController {

	private final HouseholdManagement households;

	HouseholdApiController(HouseholdManagement households) {
		this.households = households;
	}

	@GetMapping
	@Operation(summary = "A page of households; villageCode takes any division code prefix")
	PageResult<HouseholdView> list(@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
			@RequestParam(required = false) String villageCode, @RequestParam(required = false) HouseholdStatus status) {
		return households.search(villageCode, status, PageRequest.of(page, size));
	}

	@GetMapping("/{id}")
	@Operation(summary = "One household with its members")
	HouseholdView get(@PathVariable long id) {
		return households.get(id);
	}

	@PostMapping
	@PreAuthorize("hasAuthority('" + Authorities.HOUSEHOLD_WRITE + "')")
	@Operation(summary = "Registers a household; a person may be in one household only")
	ResponseEntity<HouseholdView> create(@Validated @RequestBody HouseholdRequest request) {
		HouseholdView created = households.register(request.toData());
		return ApiAnswers.created(created, created.id());
	}

	@PutMapping("/{id}")
	@PreAuthorize("hasAuthority('" + Authorities.HOUSEHOLD_WRITE + "')")
	@Operation(summary = "Changes a household; the version last read is required, 409 when someone changed it since")
	HouseholdView update(@PathVariable long id, @Validated @RequestBody HouseholdRequest request) {
		return households.change(id, ApiAnswers.version(request.version()), request.toData());
	}
}

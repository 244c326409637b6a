package org.bastion.pairing.web;

import java.time.LocalDate;
import java.util.List;

import org.bastion.pairing.HouseholdWork;
import org.bastion.pairing.HouseholdWorks;
import org.bastion.pairing.WorkWay;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The households a pairing brought into work or business (带动就业/创业), as JSON; scope as the pairing's. */
@RestController
@RequestMapping("/api/v1/pairings/{id}/household-work")
@Tag(name = "pairings")
class HouseholdWorkApiController {

	record WorkRequest(Long householdId, WorkWay way, LocalDate startedOn, String note) {
	}

	private final HouseholdWorks works;

	HouseholdWorkApiController(HouseholdWorks works) {
		this.works = works;
	}

	@GetMapping
	@Operation(summary = "The households the pairing brought into work, earliest first; 404 outside the caller's scope")
	List<HouseholdWork> list(@PathVariable long id) {
		return works.of(id);
	}

	@PostMapping
	@Operation(summary = "Records a household the pairing brought into work; one record per household and pairing")
	ResponseEntity<HouseholdWork> record(@PathVariable long id, @RequestBody WorkRequest request) {
		long recorded = works.record(id, request.householdId() == null ? 0 : request.householdId(), request.way(), request.startedOn(),
				request.note());
		return ResponseEntity.status(201).body(works.of(id).stream().filter(w -> w.id() == recorded).findFirst().orElseThrow());
	}
}

package org.bastion.funds.web;

import java.net.URI;
import java.time.LocalDate;

import org.bastion.common.DomainException;
import org.bastion.common.PageRequest;
import org.bastion.common.PageResult;
import org.bastion.funds.FundEntryView;
import org.bastion.funds.FundFilter;
import org.bastion.funds.FundKind;
import org.bastion.funds.Funds;
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

/** The money ledger (资金台账) as JSON; authorities and scope are the façade's. */
@RestController
@RequestMapping("/api/v1/funds")
@Tag(name = "funds", description = "资金台账 the money ledger")
class FundApiController {

	private final Funds funds;

	FundApiController(Funds funds) {
		this.funds = funds;
	}

	@GetMapping
	@Operation(summary = "A page of ledger entries in scope; from/to the day paid, recordType/recordId the record they belong to")
	PageResult<FundEntryView> list(@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
			@RequestParam(required = false) String q, @RequestParam(required = false) FundKind kind,
			@RequestParam(required = false) String villageCode, @RequestParam(required = false) String recordType,
			@RequestParam(required = false) Long recordId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		return funds.search(new FundFilter(q, kind, villageCode, recordType, recordId, from, to), PageRequest.of(page, size));
	}

	@GetMapping("/{id}")
	@Operation(summary = "One ledger entry; 404 when unknown or outside the caller's scope")
	FundEntryView get(@PathVariable long id) {
		return funds.get(id);
	}

	@PostMapping
	@Operation(summary = "Enters a payment; the organizations and the village it names must be in the caller's scope")
	ResponseEntity<FundEntryView> create(@RequestBody FundRequest request) {
		FundEntryView created = funds.enter(request.toData());
		URI location = ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").buildAndExpand(created.id()).toUri();
		return ResponseEntity.created(location).body(created);
	}

	@PutMapping("/{id}")
	@Operation(summary = "Changes an entry; the version last read is required, 409 when someone changed it since")
	FundEntryView update(@PathVariable long id, @RequestBody FundRequest request) {
		if (request.version() == null) {
			throw DomainException.invalidField("version", "error.notBlank");
		}
		return funds.change(id, request.version(), request.toData());
	}
}

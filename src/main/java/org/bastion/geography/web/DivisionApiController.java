package org.bastion.geography.web;

import java.util.List;

import org.bastion.geography.CommitteeKind;
import org.bastion.geography.Division;
import org.bastion.geography.DivisionLevel;
import org.bastion.geography.Divisions;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Administrative divisions, read-only: they change only through the import command. */
@RestController
@RequestMapping("/api/v1/divisions")
@Tag(name = "divisions", description = "行政区划 administrative divisions")
class DivisionApiController {

	/** A division as the API shows it. */
	record DivisionJson(String code, String name, String shortName, DivisionLevel level, String parentCode,
			CommitteeKind committeeKind) {
		static DivisionJson of(Division d) {
			return new DivisionJson(d.code(), d.name(), d.shortName(), d.level(), d.parentCode(), d.committeeKind());
		}
	}

	private final Divisions divisions;

	DivisionApiController(Divisions divisions) {
		this.divisions = divisions;
	}

	@GetMapping
	@Operation(summary = "Provinces, or divisions whose name contains q")
	List<DivisionJson> list(@RequestParam(required = false) String q) {
		List<Division> found = q == null || q.isBlank() ? divisions.provinces() : divisions.search(q.strip(), 100);
		return found.stream().map(DivisionJson::of).toList();
	}

	@GetMapping("/{code}")
	@Operation(summary = "One division by its official code")
	DivisionJson get(@PathVariable String code) {
		return DivisionJson.of(divisions.get(code));
	}

	@GetMapping("/{code}/children")
	@Operation(summary = "A division's direct children, ordered by code")
	List<DivisionJson> children(@PathVariable String code) {
		divisions.get(code);
		return divisions.children(code).stream().map(DivisionJson::of).toList();
	}
}

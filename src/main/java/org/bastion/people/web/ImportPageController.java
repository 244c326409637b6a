package org.bastion.people.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.bastion.common.security.Authorities;
import org.bastion.people.HouseholdStatus;
import org.bastion.people.internal.ImportOutcome;
import org.bastion.people.internal.PeopleExports;
import org.bastion.people.internal.PeopleImports;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import jakarta.servlet.http.HttpServletResponse;

/** Excel templates, uploads of persons and households, and exports of what the list pages show. */
@Controller
class ImportPageController {

	private static final String IMPORT = "hasAuthority('" + Authorities.IMPORT + "')";
	private static final String EXPORT = "hasAuthority('" + Authorities.EXPORT + "')";
	private static final String PERSON_WRITE = "hasAuthority('" + Authorities.PERSON_WRITE + "')";
	private static final String HOUSEHOLD_WRITE = "hasAuthority('" + Authorities.HOUSEHOLD_WRITE + "')";
	private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private final PeopleImports imports;
	private final PeopleExports exports;

	ImportPageController(PeopleImports imports, PeopleExports exports) {
		this.imports = imports;
		this.exports = exports;
	}

	@GetMapping("/imports")
	@PreAuthorize(IMPORT)
	String index() {
		return "imports/index";
	}

	@PostMapping("/imports/people")
	@PreAuthorize(IMPORT + " and " + PERSON_WRITE)
	String importPeople(@RequestParam(name = "file", required = false) MultipartFile file, Model model,
			HttpServletResponse response) throws IOException {
		if (isMissing(file)) {
			return refuseMissing(model, response);
		}
		try (InputStream in = file.getInputStream()) {
			return result(imports.importPersons(in), "people", file, model);
		}
	}

	@PostMapping("/imports/households")
	@PreAuthorize(IMPORT + " and " + HOUSEHOLD_WRITE)
	String importHouseholds(@RequestParam(name = "file", required = false) MultipartFile file, Model model,
			HttpServletResponse response) throws IOException {
		if (isMissing(file)) {
			return refuseMissing(model, response);
		}
		try (InputStream in = file.getInputStream()) {
			return result(imports.importHouseholds(in), "households", file, model);
		}
	}

	private static boolean isMissing(MultipartFile file) {
		return file == null || file.isEmpty();
	}

	/** No file, or an empty one: the import page again with the reason (400), nothing read or written. */
	private static String refuseMissing(Model model, HttpServletResponse response) {
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		model.addAttribute("uploadProblem", "error.upload.missing");
		return "imports/index";
	}

	private static String result(ImportOutcome outcome, String kind, MultipartFile file, Model model) {
		model.addAttribute("outcome", outcome);
		model.addAttribute("kind", kind);
		model.addAttribute("fileName", file.getOriginalFilename());
		return "imports/result";
	}

	@GetMapping("/people/import/template.xlsx")
	@PreAuthorize(IMPORT)
	void personTemplate(HttpServletResponse response) throws IOException {
		download(response, "人员导入模板.xlsx");
		exports.personTemplate(response.getOutputStream());
	}

	@GetMapping("/households/import/template.xlsx")
	@PreAuthorize(IMPORT)
	void householdTemplate(HttpServletResponse response) throws IOException {
		download(response, "贫困户导入模板.xlsx");
		exports.householdTemplate(response.getOutputStream());
	}

	@GetMapping("/people/export.xlsx")
	@PreAuthorize(EXPORT + " and hasAuthority('" + Authorities.PERSON_READ + "')")
	void exportPeople(PersonFilter filter, HttpServletResponse response) throws IOException {
		download(response, "人员.xlsx");
		exports.exportPersons(filter.query(), response.getOutputStream());
	}

	@GetMapping("/households/export.xlsx")
	@PreAuthorize(EXPORT + " and hasAuthority('" + Authorities.HOUSEHOLD_READ + "')")
	void exportHouseholds(@RequestParam(required = false) String villageCode,
			@RequestParam(required = false) HouseholdStatus status, HttpServletResponse response) throws IOException {
		download(response, "贫困户.xlsx");
		exports.exportHouseholds(villageCode, status, response.getOutputStream());
	}

	private static void download(HttpServletResponse response, String fileName) {
		response.setContentType(XLSX);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString());
	}
}

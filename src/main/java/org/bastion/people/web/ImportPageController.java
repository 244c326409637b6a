package org.bastion.people.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Locale;

import org.bastion.common.DomainException;

import org.bastion.common.security.Authorities;
import org.bastion.people.HouseholdStatus;
import org.bastion.people.internal.ImportOutcome;
import org.bastion.people.internal.PeopleExports;
import org.bastion.people.internal.PeopleImports;
import org.bastion.people.internal.PersonQuery;
import org.bastion.platform.FileExport;
import org.bastion.platform.FileExports;
import org.bastion.platform.LongWork;
import org.bastion.platform.Progress;
import org.bastion.platform.WorkResult;
import org.bastion.platform.WorkStatus;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * Excel templates, uploads of persons and households — each import runs as long work, and its report
 * stays for the importer — and exports of what the list pages show.
 */
@Controller
class ImportPageController {

	private static final String IMPORT = "hasAuthority('" + Authorities.IMPORT + "')";
	private static final String EXPORT = "hasAuthority('" + Authorities.EXPORT + "')";
	private static final String PERSON_WRITE = "hasAuthority('" + Authorities.PERSON_WRITE + "')";
	private static final String HOUSEHOLD_WRITE = "hasAuthority('" + Authorities.HOUSEHOLD_WRITE + "')";
	private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	/** Long work of these kinds, followed by {@link #PERSONS} or {@link #HOUSEHOLDS}. */
	static final String WORK_KIND = "people.import.";
	private static final String PERSONS = "people";
	private static final String HOUSEHOLDS = "households";

	private final PeopleImports imports;
	private final PeopleExports exports;
	private final LongWork work;
	private final MessageSource messages;
	private final JsonMapper json;
	private final FileExports fileExports;

	ImportPageController(PeopleImports imports, PeopleExports exports, LongWork work, MessageSource messages, JsonMapper json,
			FileExports fileExports) {
		this.fileExports = fileExports;
		this.imports = imports;
		this.exports = exports;
		this.work = work;
		this.messages = messages;
		this.json = json;
	}

	@GetMapping("/imports")
	@PreAuthorize(IMPORT)
	String index() {
		return "imports/index";
	}

	@PostMapping("/imports/people")
	@PreAuthorize(IMPORT + " and " + PERSON_WRITE)
	String importPeople(@RequestParam(name = "file", required = false) MultipartFile file, Model model,
			HttpServletResponse response, Principal user, Locale locale) throws IOException {
		if (isMissing(file)) {
			return refuseMissing(model, response);
		}
		return startImport(PERSONS, file, user, locale, (in, progress) -> imports.importPersons(in, progress));
	}

	@PostMapping("/imports/households")
	@PreAuthorize(IMPORT + " and " + HOUSEHOLD_WRITE)
	String importHouseholds(@RequestParam(name = "file", required = false) MultipartFile file, Model model,
			HttpServletResponse response, Principal user, Locale locale) throws IOException {
		if (isMissing(file)) {
			return refuseMissing(model, response);
		}
		return startImport(HOUSEHOLDS, file, user, locale, (in, progress) -> imports.importHouseholds(in, progress));
	}

	private interface Importer {
		ImportOutcome run(InputStream in, Progress progress) throws IOException;
	}

	/** What the result page shows again, kept with the work. */
	record ImportResult(String kind, String fileName, ImportOutcome outcome) {
	}

	/**
	 * The upload is read in the request (the request's temporary file ends with it); the import runs
	 * as long work, one at a time per user and kind, and the browser goes to its progress page.
	 */
	private String startImport(String kind, MultipartFile file, Principal user, Locale locale, Importer importer)
			throws IOException {
		byte[] upload = file.getBytes();
		String fileName = file.getOriginalFilename();
		String title = messages.getMessage("import.work." + kind, new Object[] { fileName }, locale);
		long id = work.start(WORK_KIND + kind, user.getName(), title, progress -> {
			ImportOutcome outcome = importer.run(new ByteArrayInputStream(upload), progress);
			String summary = outcome.ok()
					? messages.getMessage("import.work.ok", new Object[] { outcome.rows(), outcome.written() }, locale)
					: messages.getMessage("import.work.failed", new Object[] { outcome.rows(), outcome.problems().size() }, locale);
			return new WorkResult("/imports/result/" + progress.workId(), summary,
					json.writeValueAsString(new ImportResult(kind, fileName, outcome)));
		});
		return "redirect:" + LongWork.progressPage(id);
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

	/** The report of the signed-in user's finished import; anyone else's, or a work that is no import, is not found. */
	@GetMapping("/imports/result/{workId}")
	@PreAuthorize(IMPORT)
	String result(@PathVariable long workId, Model model) {
		WorkStatus status = work.find(workId).filter(w -> w.kind().startsWith(WORK_KIND) && w.data() != null)
			.orElseThrow(() -> DomainException.notFound("import", workId));
		ImportResult result = json.readValue(status.data(), ImportResult.class);
		model.addAttribute("outcome", result.outcome());
		model.addAttribute("kind", result.kind());
		model.addAttribute("fileName", result.fileName());
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

	/** What the list shows: at once when small, as long work when big (GET offers it, POST starts it). */
	@RequestMapping(path = "/people/export.xlsx", method = {RequestMethod.GET, RequestMethod.POST})
	@PreAuthorize(EXPORT + " and hasAuthority('" + Authorities.PERSON_READ + "')")
	String exportPeople(PersonFilter filter, HttpServletRequest request, HttpServletResponse response) throws IOException {
		PersonQuery query = filter.query();
		return fileExports.answer(new FileExport("people.export.persons", "人员.xlsx", exports.countPersons(query),
				(out, rows) -> exports.exportPersons(query, out, rows)), request, response);
	}

	@RequestMapping(path = "/households/export.xlsx", method = {RequestMethod.GET, RequestMethod.POST})
	@PreAuthorize(EXPORT + " and hasAuthority('" + Authorities.HOUSEHOLD_READ + "')")
	String exportHouseholds(@RequestParam(required = false) String villageCode, @RequestParam(required = false) HouseholdStatus status,
			HttpServletRequest request, HttpServletResponse response) throws IOException {
		return fileExports.answer(new FileExport("people.export.households", "贫困户.xlsx", exports.countHouseholds(villageCode, status),
				(out, rows) -> exports.exportHouseholds(villageCode, status, out, rows)), request, response);
	}

	private static void download(HttpServletResponse response, String fileName) {
		response.setContentType(XLSX);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString());
	}
}

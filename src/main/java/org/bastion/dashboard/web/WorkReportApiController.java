package org.bastion.dashboard.web;

import java.io.IOException;
import java.time.Clock;

import org.bastion.common.Period;
import org.bastion.common.security.Authorities;
import org.bastion.dashboard.PeriodChoice;
import org.bastion.dashboard.internal.WorkReport;
import org.bastion.dashboard.internal.WorkReports;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The work report (工作简报) for integrators: the same report as the pages, as Word, PDF or Excel, or as JSON
 * without a format. In the caller's data scope: a scope outside it is 404.
 */
@RestController
@Tag(name = "reports", description = "工作简报 the generated work report")
@PreAuthorize("hasAuthority('" + Authorities.INDICATOR_READ + "')")
class WorkReportApiController {

	private final WorkReports reports;
	private final ReportFiles files;
	private final Clock clock;

	WorkReportApiController(WorkReports reports, ReportFiles files, Clock clock) {
		this.reports = reports;
		this.files = files;
		this.clock = clock;
	}

	@GetMapping("/api/v1/reports/work")
	@Operation(summary = "The work report of a scope and period",
			description = "Sections per program with sentences carrying the figures, and every figure with its definition. "
					+ "format=docx (Word), pdf (with an embedded Chinese font) or xlsx (all figures and definitions); "
					+ "without format the report as JSON. Needs indicator:read.",
			responses = {
				@ApiResponse(responseCode = "200", description = "the report", content = {
					@Content(mediaType = "application/json", schema = @Schema(implementation = WorkReport.class)),
					@Content(mediaType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
					@Content(mediaType = "application/pdf"),
					@Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")}),
				@ApiResponse(responseCode = "400", description = "a date or the format is not understood, or to is before from"),
				@ApiResponse(responseCode = "404", description = "the scope is not an organization the caller may see")})
	ResponseEntity<WorkReport> work(
			@Parameter(description = "root organization of the subtree; default the caller's whole scope") @RequestParam(required = false) Long scope,
			@Parameter(description = "first day (ISO date); default 1 January of this year") @RequestParam(required = false) String from,
			@Parameter(description = "last day (ISO date); default 31 December of from's year") @RequestParam(required = false) String to,
			@Parameter(description = "docx, pdf or xlsx; none for JSON") @RequestParam(required = false) String format,
			HttpServletResponse response) throws IOException {
		ReportFiles.Format file = format == null || format.isBlank() ? null : ReportFiles.Format.of(format);
		WorkReport report = reports.report(scope, PeriodChoice.of(Period.parse(from, to, clock)));
		if (file == null) {
			return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(report);
		}
		files.send(report, file, response);
		return null;
	}
}

package org.bastion.dashboard.web;

import java.io.IOException;
import java.time.Clock;

import org.bastion.common.security.Authorities;
import org.bastion.dashboard.Dashboards;
import org.bastion.dashboard.DashboardView;
import org.bastion.dashboard.PeriodChoice;
import org.bastion.dashboard.internal.WorkReport;
import org.bastion.dashboard.internal.WorkReports;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The work report (工作简报) of a scope and period as a page, with its Word, PDF and Excel downloads
 * ({@code /reports/work.docx|pdf|xlsx} with the same {@code scope} and {@code period}); made on the request
 * ({@link WorkReports} says why no long work).
 */
@Controller
@PreAuthorize("hasAuthority('" + Authorities.INDICATOR_READ + "')")
class WorkReportPageController {

	private final WorkReports reports;
	private final Dashboards dashboards;
	private final ReportFiles files;
	private final Clock clock;

	WorkReportPageController(WorkReports reports, Dashboards dashboards, ReportFiles files, Clock clock) {
		this.reports = reports;
		this.dashboards = dashboards;
		this.files = files;
		this.clock = clock;
	}

	@GetMapping("/reports/work")
	String report(@RequestParam(required = false) Long scope, @RequestParam(required = false) String period, Model model) {
		PeriodChoice choice = PeriodChoice.parse(period, clock);
		WorkReport report = reports.report(scope, choice);
		DashboardView context = dashboards.context(report.scopeId(), scope, choice);
		model.addAttribute("report", report);
		model.addAttribute("d", context);
		return "dashboard/report";
	}

	@GetMapping("/reports/work.{format}")
	void download(@PathVariable String format, @RequestParam(required = false) Long scope,
			@RequestParam(required = false) String period, HttpServletResponse response) throws IOException {
		ReportFiles.Format f = ReportFiles.Format.of(format);
		files.send(reports.report(scope, PeriodChoice.parse(period, clock)), f, response);
	}
}

package org.bastion.dashboard.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;

import org.bastion.common.PageRequest;
import org.bastion.common.PageResult;
import org.bastion.common.security.Authorities;
import org.bastion.common.web.ListPage;
import org.bastion.dashboard.Dashboards;
import org.bastion.dashboard.IndicatorView;
import org.bastion.dashboard.PeriodChoice;
import org.bastion.indicators.IndicatorRecord;
import org.bastion.indicators.Indicators;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The wall (数据大屏) and an indicator's page: value, definition, monthly history, breakdown by child
 * organization and the drill-down list of the records behind the value (paged on the list fragments, and
 * exported to Excel exactly as listed). The scope and period travel in the URL ({@code scope}, {@code period}).
 */
@Controller
@PreAuthorize("hasAuthority('" + Authorities.INDICATOR_READ + "')")
class DashboardPageController {

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private final Dashboards dashboards;
	private final Indicators indicators;
	private final Clock clock;

	DashboardPageController(Dashboards dashboards, Indicators indicators, Clock clock) {
		this.dashboards = dashboards;
		this.indicators = indicators;
		this.clock = clock;
	}

	@GetMapping("/dashboard/wall")
	String wall(@RequestParam(required = false) Long scope, @RequestParam(required = false) String period, Model model) {
		model.addAttribute("d", dashboards.view(scope, period));
		return "dashboard/wall";
	}

	@GetMapping("/indicators/{code}")
	String indicator(@PathVariable String code, @RequestParam(required = false) Long scope,
			@RequestParam(required = false) String period, @RequestParam(required = false) Integer page,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		IndicatorView view = dashboards.indicator(code, scope, period);
		PageResult<IndicatorRecord> records = indicators.records(code, scope, view.context().period().period(),
				PageRequest.of(page, null));
		String base = "/indicators/" + code + "?" + view.context().query();
		model.addAttribute("v", view);
		model.addAttribute("d", view.context());
		model.addAttribute("records", records);
		model.addAttribute("withAmounts", records.items().stream().anyMatch(r -> r.amount() != null));
		model.addAttribute("pager", ListPage.of(records, p -> base + "&page=" + p));
		model.addAttribute("exportUrl", "/indicators/" + code + "/records.xlsx?" + view.context().query());
		model.addAttribute("childLink", "/indicators/" + code + "?period=" + view.context().period().value() + "&scope=");
		return htmx != null ? "dashboard/indicator :: records" : "dashboard/indicator";
	}

	@GetMapping("/indicators/{code}/records.xlsx")
	@PreAuthorize("hasAuthority('" + Authorities.INDICATOR_READ + "') and hasAuthority('" + Authorities.EXPORT + "')")
	void export(@PathVariable String code, @RequestParam(required = false) Long scope,
			@RequestParam(required = false) String period, HttpServletResponse response) throws IOException {
		PeriodChoice choice = PeriodChoice.parse(period, clock);
		// unknown code or scope: refused (404) before the response becomes a workbook
		String name = indicators.value(code, scope, choice.period()).definition().name().in(LocaleContextHolder.getLocale());
		response.setContentType(XLSX);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
			.filename(name + "（" + choice.label() + "）.xlsx", StandardCharsets.UTF_8).build().toString());
		indicators.exportRecords(code, scope, choice.period(), LocaleContextHolder.getLocale(), response.getOutputStream());
	}
}

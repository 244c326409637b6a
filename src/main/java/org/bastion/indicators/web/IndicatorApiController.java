package org.bastion.indicators.web;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.bastion.common.PageRequest;
import org.bastion.common.PageResult;
import org.bastion.common.Period;
import org.bastion.indicators.IndicatorDefinition;
import org.bastion.indicators.IndicatorKind;
import org.bastion.indicators.IndicatorRecord;
import org.bastion.indicators.IndicatorUnit;
import org.bastion.indicators.IndicatorValue;
import org.bastion.indicators.Indicators;
import org.springframework.http.ContentDisposition;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Indicator values as JSON: every value of a scope and period, one value with its breakdown by
 * child organization, and its drill-down (whose {@code totalElements} equals a count's value).
 * {@code scope} is an organization id within the caller's data scope (default: their whole scope,
 * 404 outside it); {@code from}/{@code to} are ISO days (default: this year by the county clock).
 * A rate over an empty base has {@code "value": null}.
 */
@RestController
@RequestMapping("/api/v1/indicators")
@Tag(name = "indicators", description = "指标 figures computed from the records, with breakdown and drill-down")
class IndicatorApiController {

	@JsonInclude(JsonInclude.Include.ALWAYS)
	record ValueJson(String code, String name, IndicatorUnit unit, IndicatorKind kind, String module, String definition,
			BigDecimal value, @JsonInclude(JsonInclude.Include.NON_NULL) BigDecimal numerator,
			@JsonInclude(JsonInclude.Include.NON_NULL) BigDecimal denominator) {

		static ValueJson of(IndicatorValue v, Locale locale) {
			IndicatorDefinition d = v.definition();
			return new ValueJson(d.code(), d.name().in(locale), d.unit(), d.kind(), d.module(), d.definition().in(locale), v.value(),
					v.numerator(), v.denominator());
		}
	}

	record ValuesJson(long scope, LocalDate from, LocalDate to, List<ValueJson> indicators) {
	}

	record ShareJson(long organizationId, String name, @JsonInclude(JsonInclude.Include.ALWAYS) BigDecimal value) {
	}

	record OneJson(long scope, LocalDate from, LocalDate to, ValueJson indicator, List<ShareJson> breakdown) {
	}

	record RecordsJson(List<IndicatorRecord> content, int page, int size, long totalElements, int totalPages) {

		static RecordsJson of(PageResult<IndicatorRecord> page) {
			return new RecordsJson(page.items(), page.page(), page.size(), page.total(), page.totalPages());
		}
	}

	private final Indicators indicators;
	private final Clock clock;

	IndicatorApiController(Indicators indicators, Clock clock) {
		this.indicators = indicators;
		this.clock = clock;
	}

	@GetMapping
	@Operation(summary = "Every indicator's value for a scope and period")
	ValuesJson values(@Parameter(description = "organization id; default the caller's whole scope") @RequestParam(required = false) Long scope,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to, Locale locale) {
		Period period = Period.parse(from, to, clock);
		List<IndicatorValue> values = indicators.values(scope, period);
		long root = values.isEmpty() ? (scope == null ? 0 : scope) : values.get(0).scopeOrganizationId();
		return new ValuesJson(root, period.from(), period.to(), values.stream().map(v -> ValueJson.of(v, locale)).toList());
	}

	@GetMapping("/{code}")
	@Operation(summary = "One indicator's value with its breakdown by child organization")
	OneJson one(@PathVariable String code, @RequestParam(required = false) Long scope, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, Locale locale) {
		Period period = Period.parse(from, to, clock);
		IndicatorValue value = indicators.value(code, scope, period);
		List<ShareJson> breakdown = indicators.breakdown(code, scope, period).stream()
			.map(s -> new ShareJson(s.organizationId(), s.organizationName(), s.value().value()))
			.toList();
		return new OneJson(value.scopeOrganizationId(), period.from(), period.to(), ValueJson.of(value, locale), breakdown);
	}

	@GetMapping("/{code}/records")
	@Operation(summary = "The records behind a value (drill-down), paged; totalElements equals a count's value")
	RecordsJson records(@PathVariable String code, @RequestParam(required = false) Long scope,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return RecordsJson.of(indicators.records(code, scope, Period.parse(from, to, clock), PageRequest.of(page, size)));
	}

	@GetMapping("/{code}/records.xlsx")
	@Operation(summary = "The records behind a value as an Excel workbook (needs data:export)")
	void export(@PathVariable String code, @RequestParam(required = false) Long scope, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, Locale locale, HttpServletResponse response) throws IOException {
		Period period = Period.parse(from, to, clock);
		indicators.definition(code).orElseThrow(() -> org.bastion.common.DomainException.notFound("indicator", code));
		response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		response.setHeader("Content-Disposition", ContentDisposition.attachment()
			.filename(code + "-" + period.from() + "-" + period.to() + ".xlsx")
			.build()
			.toString());
		indicators.exportRecords(code, scope, period, locale, response.getOutputStream());
	}
}

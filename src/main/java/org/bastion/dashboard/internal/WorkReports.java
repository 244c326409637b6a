package org.bastion.dashboard.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bastion.common.CountyTime;
import org.bastion.dashboard.PeriodChoice;
import org.bastion.indicators.IndicatorValue;
import org.bastion.indicators.Indicators;
import org.bastion.indicators.ReportSentence;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * Puts the work report (工作简报) of a scope and period together from the engine: a section per owning module
 * (by the order of the engine's definitions), each with the providers' sentences filled with the values —
 * {@code {pairing.n1.cadres}} becomes 「2,398」, {@code {scope}} the scope's place (宁化县) — and its figures.
 * A module that contributes no sentence gets one listing its figures (「结对党员干部2,398个，……」). A section's
 * sentences read as one paragraph that starts with the scope as a report names it: 「全县86个机关党支部结对帮扶
 * 70个贫困村，2,398名党员干部结对4,614户贫困户。」 The report is always in Chinese, the county's language for it.
 * <p>
 * It is made at once, on the request: it is one {@link Indicators#values} call (one evaluation per
 * indicator over the kept facts) and a few pages of text, well under a second for the province, so long
 * work (a job page to wait on) would only add a step.
 */
@Service
public class WorkReports {

	static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
	private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z][a-z0-9_.]*)}");
	private static final String END = "。！？；，,.";

	private final Indicators indicators;
	private final ScopeNames scopes;
	private final FigureFormat format;
	private final MessageSource messages;
	private final CountyTime countyTime;
	private final Clock clock;

	WorkReports(Indicators indicators, ScopeNames scopes, FigureFormat format, MessageSource messages,
			CountyTime countyTime, Clock clock) {
		this.indicators = indicators;
		this.scopes = scopes;
		this.format = format;
		this.messages = messages;
		this.countyTime = countyTime;
		this.clock = clock;
	}

	/** The report of the scope (null = the caller's whole scope) for the period; outside the caller's scope: 404. */
	public WorkReport report(Long scopeOrganizationId, PeriodChoice period) {
		List<IndicatorValue> values = indicators.values(scopeOrganizationId, period.period());
		Map<String, IndicatorValue> byCode = new LinkedHashMap<>();
		Map<String, List<IndicatorValue>> byModule = new LinkedHashMap<>();
		for (IndicatorValue v : values) {
			byCode.put(v.code(), v);
			byModule.computeIfAbsent(v.definition().module(), m -> new ArrayList<>()).add(v);
		}
		Map<String, List<ReportSentence>> sentences = new LinkedHashMap<>();
		for (ReportSentence s : indicators.sentences()) {
			sentences.computeIfAbsent(s.module(), m -> new ArrayList<>()).add(s);
		}
		long scopeId = values.isEmpty() ? -1 : values.get(0).scopeOrganizationId();
		String place = scopes.place(scopeId < 0 ? scopeOrganizationId : scopeId);
		List<WorkReport.Section> sections = new ArrayList<>();
		for (Map.Entry<String, List<IndicatorValue>> module : byModule.entrySet()) {
			List<String> filled = new ArrayList<>();
			for (ReportSentence s : sentences.getOrDefault(module.getKey(), List.of())) {
				filled.add(clause(fill(s.template().zh(), byCode, place)));
			}
			if (filled.isEmpty()) {
				filled.add(listing(module.getValue()));
			}
			if (!filled.get(0).startsWith("全") && !filled.get(0).startsWith(place)) {
				filled.set(0, whole(place) + filled.get(0));
			}
			sections.add(new WorkReport.Section(sections.size() + 1, programTitle(module.getKey()), filled,
					module.getValue().stream().map(this::figure).toList()));
		}
		return new WorkReport(message("dashboard.report.title", place), message("app.county"),
				countyTime.date(LocalDate.now(clock)), scopeId, place, period.label(), period.period().from(), period.period().to(),
				sections);
	}

	/** A program's name for a section heading: {@code dashboard.program.<module>}, else the module's name. */
	public String programTitle(String module) {
		return messages.getMessage("dashboard.program." + module, null, module, CHINESE);
	}

	/** The template with each {@code {code}} replaced by its value (「—」 for no data or an unknown code). */
	String fill(String template, Map<String, IndicatorValue> values, String place) {
		Matcher m = PLACEHOLDER.matcher(template);
		StringBuilder out = new StringBuilder();
		while (m.find()) {
			String key = m.group(1);
			IndicatorValue v = values.get(key);
			String text = "scope".equals(key) ? place
					: v == null ? FigureFormat.NO_DATA : format.inSentence(v.value(), v.definition().unit());
			m.appendReplacement(out, Matcher.quoteReplacement(text));
		}
		m.appendTail(out);
		return out.toString();
	}

	/** How a report names its whole scope before the first figure: 全县, 全镇, 全乡, 全街道, 全市, 全省, else the place. */
	static String whole(String place) {
		for (String unit : List.of("街道", "县", "镇", "乡", "市", "省", "区")) {
			if (place.endsWith(unit)) {
				return "全" + unit;
			}
		}
		return place;
	}

	private String listing(List<IndicatorValue> values) {
		List<String> parts = new ArrayList<>();
		for (IndicatorValue v : values) {
			String unit = format.unit(v.definition().unit(), CHINESE);
			parts.add(v.definition().name().zh() + format.inSentence(v.value(), v.definition().unit())
					+ (v.hasValue() ? unit : ""));
		}
		return String.join("，", parts);
	}

	/** A filled sentence without its closing punctuation: the section's paragraph joins them with 「，」. */
	private static String clause(String text) {
		String t = text.strip();
		while (!t.isEmpty() && END.indexOf(t.charAt(t.length() - 1)) >= 0) {
			t = t.substring(0, t.length() - 1);
		}
		return t;
	}

	private WorkReport.Figure figure(IndicatorValue v) {
		return new WorkReport.Figure(v.code(), v.definition().name().zh(), v.value(),
				format.text(v.value(), v.definition().unit()), format.unit(v.definition().unit(), CHINESE),
				v.definition().definition().zh());
	}

	private String message(String key, Object... args) {
		return messages.getMessage(key, args, key, CHINESE);
	}
}

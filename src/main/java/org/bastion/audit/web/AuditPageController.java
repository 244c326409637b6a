package org.bastion.audit.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.bastion.audit.AuditEntry;
import org.bastion.audit.AuditLog;
import org.bastion.audit.AuditSearch;
import org.bastion.audit.ChainVerification;
import org.bastion.common.CountyTime;
import org.bastion.common.PageRequest;
import org.bastion.common.PageResult;
import org.bastion.common.audit.AuditAction;
import org.bastion.common.audit.AuditEvent;
import org.bastion.common.excel.XlsxColumn;
import org.bastion.common.excel.XlsxExportWriter;
import org.bastion.common.web.ListPage;
import org.bastion.platform.FileExport;
import org.bastion.platform.FileExports;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The audit administrator's pages: search, one entry with before and after side by side, chain
 * verification and Excel export (itself recorded). For the authority {@code audit:read}, which the
 * access module will enforce; until then any signed-in user.
 */
@Controller
class AuditPageController {

	private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
	};

	/** An entry as a row of the list: its time in the county's zone, the record's kind, page and the description in words. */
	record Row(AuditEntry entry, String time, String kind, String link, String description) {
	}

	/** One field of before/after. */
	record FieldChange(String name, String before, String after, boolean changed) {
	}

	private final AuditLog log;
	private final ApplicationEventPublisher events;
	private final MessageSource messages;
	private final JsonMapper json;
	private final CountyTime time;
	private final FileExports fileExports;
	private final AuditRecords records;
	private final AuditDescriptions descriptions;

	AuditPageController(AuditLog log, ApplicationEventPublisher events, MessageSource messages, JsonMapper json,
			CountyTime time, FileExports fileExports, AuditRecords records, AuditDescriptions descriptions) {
		this.fileExports = fileExports;
		this.records = records;
		this.descriptions = descriptions;
		this.log = log;
		this.events = events;
		this.messages = messages;
		this.json = json;
		this.time = time;
	}

	@GetMapping("/audit")
	String index(@ModelAttribute("filters") AuditFilters filters, @RequestParam(required = false) Integer page,
			Model model) {
		PageResult<AuditEntry> result = log.search(filters.search(), PageRequest.of(page, null));
		model.addAttribute("result", result);
		model.addAttribute("rows", result.items().stream().map(this::row).toList());
		model.addAttribute("actions", AuditAction.values());
		model.addAttribute("pager", ListPage.of(result, p -> filters.url("/audit", p)));
		model.addAttribute("exportUrl", filters.url("/audit/export.xlsx", null));
		model.addAttribute("retentionDays", log.retentionDays());
		return "audit/entries";
	}

	@GetMapping("/audit/{id}")
	String show(@PathVariable long id, Model model) {
		AuditEntry entry = log.get(id);
		model.addAttribute("entry", entry);
		model.addAttribute("row", row(entry));
		model.addAttribute("time", time.dateTimeSeconds(entry.occurredAt()));
		model.addAttribute("changes", changes(entry));
		return "audit/entry";
	}

	@PostMapping("/audit/verify")
	String verify(RedirectAttributes redirect) {
		ChainVerification verification = log.verify();
		redirect.addFlashAttribute("verification", verification);
		return "redirect:/audit";
	}

	/** What the list shows: at once when small, as long work when big (GET offers it, POST starts it). */
	@RequestMapping(path = "/audit/export.xlsx", method = {RequestMethod.GET, RequestMethod.POST})
	String export(@ModelAttribute AuditFilters filters, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		AuditSearch search = filters.search();
		long rows = log.count(search);
		return fileExports.answer(new FileExport("audit.export", label("audit.export.file") + ".xlsx", rows, (out, written) -> {
			events.publishEvent(AuditEvent.exported("audit_entry", search.describe() + ": " + rows + " rows"));
			try (XlsxExportWriter writer = XlsxExportWriter.open(out, label("audit.title"), columns()).reporting(written)) {
				log.forEachMatching(search, e -> writer.row(e.id(), time.local(e.occurredAt()), e.actor(),
						e.sourceAddress(), label("audit.action." + e.action()), e.entityType(), e.entityId(), e.before(),
						e.after(), e.detail(), e.previousHash(), e.hash()));
			}
		}), request, response);
	}

	private Row row(AuditEntry e) {
		var locale = LocaleContextHolder.getLocale();
		return new Row(e, time.dateTimeSeconds(e.occurredAt()), records.name(e.entityType(), locale),
				records.link(e.entityType(), e.entityId()), descriptions.describe(e, locale));
	}

	private List<XlsxColumn> columns() {
		return List.of(XlsxColumn.number(label("audit.id")), XlsxColumn.date(label("audit.time")).width(20),
				XlsxColumn.text(label("audit.actor")), XlsxColumn.text(label("audit.sourceAddress")).width(16),
				XlsxColumn.text(label("audit.action")), XlsxColumn.text(label("audit.entityType")),
				XlsxColumn.text(label("audit.entityId")), XlsxColumn.text(label("audit.before")).width(50),
				XlsxColumn.text(label("audit.after")).width(50), XlsxColumn.text(label("audit.detail")).width(30),
				XlsxColumn.text(label("audit.previousHash")).width(66), XlsxColumn.text(label("audit.hash")).width(66));
	}

	private List<FieldChange> changes(AuditEntry entry) {
		Map<String, Object> before = parse(entry.before());
		Map<String, Object> after = parse(entry.after());
		Set<String> names = new LinkedHashSet<>(before.keySet());
		names.addAll(after.keySet());
		List<FieldChange> changes = new ArrayList<>();
		for (String name : names) {
			String was = text(before.get(name));
			String is = text(after.get(name));
			changes.add(new FieldChange(name, was, is, !Objects.equals(was, is)));
		}
		return changes;
	}

	private Map<String, Object> parse(String text) {
		return text == null ? Map.of() : json.readValue(text, MAP);
	}

	private String text(Object value) {
		if (value == null) {
			return null;
		}
		return value instanceof String s ? s : json.writeValueAsString(value);
	}

	private String label(String key) {
		return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
	}
}

package org.bastion.audit.web;

import java.time.Instant;
import java.util.Map;

import org.bastion.audit.AuditEntry;
import org.bastion.audit.AuditLog;
import org.bastion.common.PageRequest;
import org.bastion.common.PageResult;
import org.bastion.common.audit.AuditAction;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The audit trail, read-only. For the authority {@code audit:read}, which the access module will enforce. */
@RestController
@RequestMapping("/api/v1/audit")
@Tag(name = "audit", description = "审计日志 audit trail")
class AuditApiController {

	private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
	};

	/** An entry as the API shows it; before and after as objects, personal values masked. */
	record AuditEntryJson(long id, Instant occurredAt, String actor, String sourceAddress, AuditAction action,
			String entityType, String entityId, Map<String, Object> before, Map<String, Object> after, String detail,
			String previousHash, String hash) {
	}

	private final AuditLog log;
	private final JsonMapper json;

	AuditApiController(AuditLog log, JsonMapper json) {
		this.log = log;
		this.json = json;
	}

	@GetMapping
	@Operation(summary = "Entries matching the criteria, newest first; dates are days in the county's time zone")
	PageResult<AuditEntryJson> search(@ParameterObject AuditFilters filters, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return log.search(filters.search(), PageRequest.of(page, size)).map(this::json);
	}

	@GetMapping("/{id}")
	@Operation(summary = "One entry")
	AuditEntryJson get(@PathVariable long id) {
		return json(log.get(id));
	}

	private AuditEntryJson json(AuditEntry e) {
		return new AuditEntryJson(e.id(), e.occurredAt(), e.actor(), e.sourceAddress(), e.action(), e.entityType(),
				e.entityId(), parse(e.before()), parse(e.after()), e.detail(), e.previousHash(), e.hash());
	}

	private Map<String, Object> parse(String text) {
		return text == null ? null : json.readValue(text, MAP);
	}
}

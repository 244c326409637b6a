package org.bastion.audit.web;

import java.time.LocalDate;

import org.bastion.audit.AuditSearch;
import org.bastion.common.audit.AuditAction;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.util.UriComponentsBuilder;

/** The search criteria as GET parameters, shared by the page, the export and the API. */
record AuditFilters(String actor, AuditAction action, String entityType, String entityId,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {

	AuditSearch search() {
		return new AuditSearch(actor, action, entityType, entityId, from, to);
	}

	/** {@code path} with the non-empty criteria as query parameters. */
	String url(String path, Integer page) {
		AuditSearch s = search();
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path);
		add(uri, "actor", s.actor());
		add(uri, "action", s.action());
		add(uri, "entityType", s.entityType());
		add(uri, "entityId", s.entityId());
		add(uri, "from", s.from());
		add(uri, "to", s.to());
		add(uri, "page", page);
		return uri.encode().build().toUriString();
	}

	private static void add(UriComponentsBuilder uri, String name, Object value) {
		if (value != null) {
			uri.queryParam(name, value);
		}
	}
}

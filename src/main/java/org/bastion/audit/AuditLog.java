package org.bastion.audit;

import java.util.function.Consumer;

import org.bastion.audit.internal.AuditEntryRepository;
import org.bastion.audit.internal.AuditProperties;
import org.bastion.audit.internal.AuditVerifier;
import org.bastion.common.DomainException;
import org.bastion.common.PageRequest;
import org.bastion.common.PageResult;
import org.springframework.stereotype.Service;

/**
 * Reading the audit trail: search, one entry, export in batches, and verification of the chain.
 * Nothing here changes an entry: the trail is append-only. Callers need the authority
 * {@code audit:read}, which the access module will enforce.
 */
@Service
public class AuditLog {

	private static final int EXPORT_BATCH = 1000;

	private final AuditEntryRepository entries;
	private final AuditVerifier verifier;
	private final AuditProperties properties;

	AuditLog(AuditEntryRepository entries, AuditVerifier verifier, AuditProperties properties) {
		this.entries = entries;
		this.verifier = verifier;
		this.properties = properties;
	}

	/** Matching entries, newest first, with their total count. */
	public PageResult<AuditEntry> search(AuditSearch search, PageRequest page) {
		return entries.search(search, page, properties.zone());
	}

	public AuditEntry get(long id) {
		return entries.find(id).orElseThrow(() -> DomainException.notFound("audit_entry", id));
	}

	/** Hands every matching entry, newest first, to {@code sink}, {@value #EXPORT_BATCH} rows in memory at a time. */
	public long forEachMatching(AuditSearch search, Consumer<AuditEntry> sink) {
		return entries.forEachMatching(search, properties.zone(), EXPORT_BATCH, sink);
	}

	public long count(AuditSearch search) {
		return entries.count(search, properties.zone());
	}

	/** Walks the whole chain in id order; see {@link AuditVerifier}. */
	public ChainVerification verify() {
		return verifier.verify();
	}

	public int retentionDays() {
		return properties.retentionDays();
	}
}

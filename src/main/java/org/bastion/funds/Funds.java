package org.bastion.funds;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.bastion.common.DomainException;
import org.bastion.common.PageRequest;
import org.bastion.common.PageResult;
import org.bastion.common.audit.AuditEvent;
import org.bastion.common.scope.DataScope;
import org.bastion.common.scope.DataScopes;
import org.bastion.common.scope.FoundOrForbidden;
import org.bastion.common.security.Authorities;
import org.bastion.indicators.SourceChanges;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The money ledger (资金台账): what other modules and the pages call. Reads are in the caller's data
 * scope (an entry is in it when its payer, payee or village is); entering or changing one needs every
 * organization and the village it names in scope, before and after (403 otherwise, 404 for an unknown id).
 */
@Service
@Transactional
@PreAuthorize(Funds.READ)
public class Funds {

	public static final String READ = "hasAuthority('" + Authorities.FUNDS_READ + "')";
	public static final String WRITE = "hasAuthority('" + Authorities.FUNDS_WRITE + "')";
	public static final String RECORD_TYPE = "fund_entry";

	private final FundStore store;
	private final FundRules rules;
	private final DataScopes scopes;
	private final ApplicationEventPublisher events;

	Funds(FundStore store, FundRules rules, DataScopes scopes, ApplicationEventPublisher events) {
		this.store = store;
		this.rules = rules;
		this.scopes = scopes;
		this.events = events;
	}

	@Transactional(readOnly = true)
	public PageResult<FundEntryView> search(FundFilter filter, PageRequest page) {
		return store.search(filter, scopes.current(), page);
	}

	/** The sum of the entries the filter matches in the caller's scope, in yuan with fen. */
	@Transactional(readOnly = true)
	public BigDecimal total(FundFilter filter) {
		return store.total(filter, scopes.current());
	}

	@Transactional(readOnly = true)
	public void forEachMatching(FundFilter filter, Consumer<List<FundEntryView>> chunk) {
		store.forEachMatching(filter, scopes.current(), chunk);
	}

	/** The entry, or 404 when it is unknown or outside the caller's scope. */
	@Transactional(readOnly = true)
	public FundEntryView get(long id) {
		return FoundOrForbidden.found(store.find(id, scopes.current()), "funds.entry", id);
	}

	/** What is wrong with the data field by field (empty when nothing is), for a form that shows every reason at once. */
	public List<DomainException.FieldFault> problems(FundEntryData data) {
		return rules.faults(data);
	}

	@PreAuthorize(WRITE)
	public FundEntryView enter(FundEntryData data) {
		rules.check(data);
		FoundOrForbidden.mayChange(covers(scopes.current(), data));
		long id = store.insert(data);
		events.publishEvent(AuditEvent.created(RECORD_TYPE, id, audited(data)));
		SourceChanges.changed(events, RECORD_TYPE, id);
		return store.find(id, DataScope.everything()).orElseThrow();
	}

	/** Enters many payments at once (the demo, an import); each checked as {@link #enter} does. */
	@PreAuthorize(WRITE)
	public List<Long> enterAll(List<FundEntryData> entries) {
		DataScope scope = scopes.current();
		List<Long> ids = new ArrayList<>();
		for (FundEntryData data : entries) {
			rules.check(data);
			FoundOrForbidden.mayChange(covers(scope, data));
			ids.add(store.insert(data));
		}
		events.publishEvent(AuditEvent.imported(RECORD_TYPE, ids.size() + " ledger entries"));
		SourceChanges.changed(events, RECORD_TYPE, ids);
		return ids;
	}

	/** Changes the entry read at {@code version}; 409 when someone changed it since. */
	@PreAuthorize(WRITE)
	public FundEntryView change(long id, long version, FundEntryData data) {
		DataScope scope = scopes.current();
		FundEntryView before = store.find(id, DataScope.everything()).orElse(null);
		FoundOrForbidden.mayChange(before == null || covers(scope, before.data()));
		if (before == null) {
			throw FoundOrForbidden.notFound("funds.entry", id);
		}
		rules.check(data);
		FoundOrForbidden.mayChange(covers(scope, data));
		if (!store.update(id, version, data)) {
			throw DomainException.conflict("error.conflict.version");
		}
		events.publishEvent(AuditEvent.updated(RECORD_TYPE, id, audited(before.data()), audited(data)));
		SourceChanges.changed(events, RECORD_TYPE, id);
		return store.find(id, DataScope.everything()).orElseThrow();
	}

	/** Every organization and the village an entry names must be in scope. */
	private static boolean covers(DataScope scope, FundEntryData d) {
		return (d.payerOrganizationId() == null || scope.coversOrganization(d.payerOrganizationId()))
				&& (d.payeeOrganizationId() == null || scope.coversOrganization(d.payeeOrganizationId()))
				&& (d.villageCode() == null || scope.coversDivision(d.villageCode()));
	}

	private static Map<String, Object> audited(FundEntryData d) {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("kind", d.kind().name());
		values.put("amountYuan", d.amountYuan());
		values.put("purpose", d.purpose());
		values.put("payer", d.payerOrganizationId() != null ? d.payerOrganizationId() : d.payerName());
		values.put("payee", d.payeeOrganizationId() != null ? d.payeeOrganizationId() : d.payeeName());
		values.put("paidOn", d.paidOn());
		values.put("village", d.villageCode());
		values.put("record", d.recordType() == null ? null : d.recordType() + ":" + d.recordId());
		return values;
	}
}

package org.bastion.project;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
 * The project registry (项目登记): what other modules and the pages call. Reads are in the caller's
 * data scope (a project is in it when its owner organization or its village is); a change needs the
 * owner organization and the village in scope, before and after (403 otherwise, 404 for an unknown id).
 */
@Service
@Transactional
@PreAuthorize(Projects.READ)
public class Projects {

	public static final String READ = "hasAuthority('" + Authorities.PROJECT_READ + "')";
	public static final String WRITE = "hasAuthority('" + Authorities.PROJECT_WRITE + "')";
	/** The record type of a project, when another record names one (e.g. a funds entry). */
	public static final String RECORD_TYPE = "project";

	private final ProjectStore store;
	private final ProjectRules rules;
	private final DataScopes scopes;
	private final ApplicationEventPublisher events;

	Projects(ProjectStore store, ProjectRules rules, DataScopes scopes, ApplicationEventPublisher events) {
		this.store = store;
		this.rules = rules;
		this.scopes = scopes;
		this.events = events;
	}

	@Transactional(readOnly = true)
	public PageResult<ProjectView> search(ProjectFilter filter, PageRequest page) {
		return store.search(filter, scopes.current(), page);
	}

	@Transactional(readOnly = true)
	public void forEachMatching(ProjectFilter filter, Consumer<List<ProjectView>> chunk) {
		store.forEachMatching(filter, scopes.current(), chunk);
	}

	/** The project, or 404 when it is unknown or outside the caller's scope. */
	@Transactional(readOnly = true)
	public ProjectView get(long id) {
		return FoundOrForbidden.found(store.find(id, scopes.current()), RECORD_TYPE, id);
	}

	@Transactional(readOnly = true)
	public Optional<ProjectView> find(long id) {
		return store.find(id, scopes.current());
	}

	/** The projects of another record in the caller's scope, e.g. of one pairing, by start. */
	@Transactional(readOnly = true)
	public List<ProjectView> ofRecord(String recordType, long recordId) {
		return store.ofRecord(recordType, recordId, scopes.current());
	}

	/** What is wrong with the data field by field (empty when nothing is), for a form that shows every reason at once. */
	public List<DomainException.FieldFault> problems(ProjectData data) {
		return rules.faults(data);
	}

	@PreAuthorize(WRITE)
	public ProjectView register(ProjectData data) {
		rules.check(data);
		FoundOrForbidden.mayChange(covers(scopes.current(), data));
		long id = store.insert(data);
		events.publishEvent(AuditEvent.created(RECORD_TYPE, id, audited(data)));
		SourceChanges.changed(events, RECORD_TYPE, id);
		return store.find(id, DataScope.everything()).orElseThrow();
	}

	/** Registers many projects at once (the demo, an import); each checked as {@link #register} does. */
	@PreAuthorize(WRITE)
	public List<Long> registerAll(List<ProjectData> projects) {
		DataScope scope = scopes.current();
		List<Long> ids = new ArrayList<>();
		for (ProjectData data : projects) {
			rules.check(data);
			FoundOrForbidden.mayChange(covers(scope, data));
			ids.add(store.insert(data));
		}
		events.publishEvent(AuditEvent.imported(RECORD_TYPE, ids.size() + " projects registered"));
		SourceChanges.changed(events, RECORD_TYPE, ids);
		return ids;
	}

	/** Changes the project read at {@code version}; 409 when someone changed it since. */
	@PreAuthorize(WRITE)
	public ProjectView change(long id, long version, ProjectData data) {
		DataScope scope = scopes.current();
		ProjectView before = store.find(id, DataScope.everything()).orElse(null);
		FoundOrForbidden.mayChange(before == null || covers(scope, before.data()));
		if (before == null) {
			throw FoundOrForbidden.notFound(RECORD_TYPE, id);
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

	private static boolean covers(DataScope scope, ProjectData data) {
		return scope.coversOrganization(data.ownerOrganizationId())
				&& (data.villageCode() == null || scope.coversDivision(data.villageCode()));
	}

	private static Map<String, Object> audited(ProjectData d) {
		Map<String, Object> values = new java.util.LinkedHashMap<>();
		values.put("kind", d.kind().name());
		values.put("name", d.name());
		values.put("village", d.villageCode());
		values.put("owner", d.ownerOrganizationId());
		values.put("startsOn", d.startsOn());
		values.put("endsOn", d.endsOn());
		values.put("status", d.status().name());
		values.put("investmentYuan", d.investmentYuan());
		values.put("yearlyIncomeGainYuan", d.yearlyIncomeGainYuan());
		values.put("record", d.recordType() == null ? null : d.recordType() + ":" + d.recordId());
		return values;
	}
}

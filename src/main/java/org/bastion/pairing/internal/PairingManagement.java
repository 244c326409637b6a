package org.bastion.pairing.internal;

import org.bastion.pairing.VillageNeed;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bastion.common.DomainException;
import org.bastion.common.PageRequest;
import org.bastion.common.PageResult;
import org.bastion.common.audit.AuditEvent;
import org.bastion.common.scope.DataScope;
import org.bastion.common.scope.DataScopes;
import org.bastion.common.scope.FoundOrForbidden;
import org.bastion.common.security.Authorities;
import org.bastion.pairing.LinkType;
import org.bastion.pairing.PairingKind;
import org.bastion.pairing.PairingStatus;
import org.bastion.pairing.PairingView;
import org.bastion.pairing.Pairings;
import org.bastion.people.Households;
import org.bastion.platform.ActingUsers;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Pairings made by hand and their life: create (refused, naming the rule, when it would break a
 * hard rule), confirm, end with a reason, visits and help records, a household's exit from
 * poverty. Reads {@value Authorities#PAIRING_READ}, changes {@value Authorities#PAIRING_WRITE};
 * reads see only the caller's scope (404 outside it), changes outside it are refused (403).
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(PairingManagement.READ)
public class PairingManagement implements Pairings {

	public static final String READ = "hasAuthority('" + Authorities.PAIRING_READ + "')";
	public static final String WRITE = "hasAuthority('" + Authorities.PAIRING_WRITE + "')";

	private final PairingStore store;
	private final PairingTerms terms;
	private final SideResolver sides;
	private final PairingRules rules;
	private final DataScopes scopes;
	private final Households households;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final ActingUsers actingUsers;

	PairingManagement(PairingStore store, SideResolver sides, PairingRules rules, DataScopes scopes, Households households,
			ApplicationEventPublisher events, Clock clock, ActingUsers actingUsers, PairingTerms terms) {
		this.terms = terms;
		this.actingUsers = actingUsers;
		this.store = store;
		this.sides = sides;
		this.rules = rules;
		this.scopes = scopes;
		this.households = households;
		this.events = events;
		this.clock = clock;
	}

	public PageResult<PairingView> search(PairingKind kind, PairingStatus status, String name, String division, PageRequest page) {
		return store.search(kind, status, name, division, scopes.current(), page);
	}

	public List<PairingView> all(PairingKind kind, PairingStatus status, String name, String division) {
		return store.all(kind, status, name, division, scopes.current());
	}

	public Map<String, Long> liveByTownship(PairingKind kind) {
		return store.liveByTownship(kind, scopes.current());
	}

	public Map<PairingKind, Long> liveByKind() {
		return store.liveByKind(scopes.current());
	}

	public PairingView get(long id) {
		return FoundOrForbidden.found(store.find(id, scopes.current()), "pairing", id);
	}

	public List<PairingStore.HistoryEntry> history(long id) {
		get(id);
		return store.history(id);
	}

	public List<PairingStore.Visit> visits(long id) {
		get(id);
		return store.visits(id);
	}

	@Override
	@PreAuthorize(WRITE)
	@Transactional
	public List<Long> recordPastTerms(PairingKind kind, List<PastTerm> terms, String reason) {
		List<Long> ids = this.terms.record(kind, terms, reason);
		events.publishEvent(AuditEvent.imported("pairing", ids.size() + " past " + kind + " terms recorded"));
		return ids;
	}

	@Override
	@PreAuthorize("permitAll()")
	public Map<Long, List<PairingView>> confirmedOfRights(PairingKind kind, Collection<Long> rightIds) {
		return terms.confirmedOfRights(kind, rightIds);
	}

	@Override
	public List<PairingView> ofPerson(long personId) {
		return store.ofSide("PERSON", personId, scopes.current());
	}

	@Override
	public List<PairingView> ofOrganization(long organizationId) {
		return store.ofSide("ORGANIZATION", organizationId, scopes.current());
	}

	/** Pairs two sides by hand, active at once unless {@code proposeOnly}. */
	@Transactional
	@PreAuthorize(WRITE)
	public PairingView create(PairingKind kind, long leftId, long rightId, LinkType linkType, LocalDate startsOn,
			boolean proposeOnly) {
		SideInfo left = sides.left(kind, leftId);
		SideInfo right = sides.right(kind, rightId);
		refuseOutsideScope(left, right);
		refuseBrokenRules(kind, left, right);
		if (kind == PairingKind.MEMBER_LINK && linkType == null) {
			throw DomainException.invalidField("linkType", "pairing.linkType.required");
		}
		PairingStatus status = proposeOnly ? PairingStatus.PROPOSED : PairingStatus.ACTIVE;
		long id = store.insert(kind, left, right, kind == PairingKind.MEMBER_LINK ? linkType : null,
				startsOn == null ? today() : startsOn, status, null, null);
		store.history(id, status, null, actingUsers.accountOrSystem());
		events.publishEvent(AuditEvent.created("pairing", id, Map.of("kind", kind.name(), "left", leftId, "right", rightId,
				"status", status.name())));
		return store.find(id, DataScope.everything()).orElseThrow();
	}

	/**
	 * The hard rules: the left side's quota in the kind, and the right side's capacity (one live
	 * pairing for most kinds; two helping branches for a 支部帮村 village), never the same pair twice.
	 */
	void refuseBrokenRules(PairingKind kind, SideInfo left, SideInfo right) {
		List<PairingView> helpers = store.liveOfRight(kind, right.id());
		int capacity = rules.rightCapacity(kind);
		if (capacity > 1) {
			helpers.stream().filter(h -> h.leftId() == left.id()).findFirst().ifPresent(same -> {
				throw DomainException.conflict("pairing.rule.samePair", right.name(), same.leftName());
			});
		}
		if (helpers.size() >= capacity) {
			String names = String.join("、", helpers.stream().map(PairingView::leftName).toList());
			throw capacity == 1 ? DomainException.conflict("pairing.rule.oneRight", right.name(), names)
					: DomainException.conflict("pairing.rule.rightCapacity", right.name(), capacity, names);
		}
		int quota = rules.quota(kind, left.rank());
		int held = store.liveOfLeft(kind, left.id()).size();
		if (held + 1 > quota) {
			throw DomainException.conflict("pairing.rule.quota", left.name(), quota, held);
		}
	}

	void refuseOutsideScope(SideInfo left, SideInfo right) {
		DataScope scope = scopes.current();
		FoundOrForbidden.mayChange(covers(scope, left) || covers(scope, right));
	}

	static boolean covers(DataScope scope, SideInfo side) {
		return scope.coversOrganization(side.organizationId()) || scope.coversDivision(side.divisionCode())
				|| (side.side() == org.bastion.pairing.Side.PERSON && scope.coversPerson(side.id()));
	}

	@Transactional
	@PreAuthorize(WRITE)
	public PairingView confirm(long id) {
		PairingView p = writable(id);
		if (p.status() != PairingStatus.PROPOSED) {
			throw DomainException.conflict("pairing.error.notProposed");
		}
		store.changeStatus(id, PairingStatus.ACTIVE, null, null);
		store.history(id, PairingStatus.ACTIVE, null, actingUsers.accountOrSystem());
		events.publishEvent(AuditEvent.updated("pairing", id, Map.of("status", p.status().name()), Map.of("status", "ACTIVE")));
		return get(id);
	}

	@Transactional
	@PreAuthorize(WRITE)
	public PairingView end(long id, String reason, LocalDate endsOn) {
		PairingView p = writable(id);
		if (reason == null || reason.isBlank()) {
			throw DomainException.invalidField("reason", "pairing.reason.required");
		}
		if (p.status() == PairingStatus.ENDED) {
			throw DomainException.conflict("pairing.error.ended");
		}
		endUnchecked(p, reason.strip(), endsOn == null ? today() : endsOn);
		return get(id);
	}

	void endUnchecked(PairingView p, String reason, LocalDate endsOn) {
		store.changeStatus(p.id(), PairingStatus.ENDED, endsOn, reason);
		store.history(p.id(), PairingStatus.ENDED, reason, actingUsers.accountOrSystem());
		events.publishEvent(AuditEvent.updated("pairing", p.id(), Map.of("status", p.status().name()),
				Map.of("status", "ENDED", "reason", reason)));
	}

	@Override
	@Transactional
	@PreAuthorize("isAuthenticated()")
	public PairingView pairActive(PairingKind kind, long leftId, long rightId, LocalDate startsOn) {
		return create(kind, leftId, rightId, null, startsOn, false);
	}

	@Override
	@Transactional
	@PreAuthorize("isAuthenticated()")
	public PairingView endPairing(long pairingId, String reason, LocalDate endsOn) {
		return end(pairingId, reason, endsOn);
	}

	@Override
	@PreAuthorize("isAuthenticated()")
	public Map<Long, List<PairingView>> liveOfRights(PairingKind kind, java.util.Collection<Long> rightIds) {
		Map<Long, List<PairingView>> live = new LinkedHashMap<>();
		store.liveOfRights(kind, rightIds, scopes.current())
			.forEach(p -> live.computeIfAbsent(p.rightId(), k -> new java.util.ArrayList<>()).add(p));
		return live;
	}

	@Override
	@PreAuthorize("isAuthenticated()")
	public java.util.Set<Long> rightsPairedOn(PairingKind kind, java.util.Collection<Long> rightIds, LocalDate on) {
		return new java.util.HashSet<>(store.rightsPairedOn(kind, rightIds, on, scopes.current()));
	}

	/**
	 * A visit (走访) or help record (帮扶) of a live pair; what the help brought is recorded as projects,
	 * ledger entries and households brought into work of the pairing, never as typed counts.
	 */
	@Transactional
	@PreAuthorize(WRITE)
	public PairingStore.Visit visit(long id, String type, LocalDate on, String visitor, String content) {
		PairingView p = writable(id);
		if (p.status() == PairingStatus.ENDED) {
			throw DomainException.conflict("pairing.error.ended");
		}
		List<DomainException.FieldFault> faults = new java.util.ArrayList<>();
		if (on == null || on.isAfter(today())) {
			faults.add(new DomainException.FieldFault("visitedOn", "pairing.visit.date.invalid"));
		}
		if (content == null || content.isBlank()) {
			faults.add(new DomainException.FieldFault("content", "pairing.visit.content.required"));
		}
		if (visitor == null || visitor.isBlank()) {
			faults.add(new DomainException.FieldFault("visitor", "pairing.visit.visitor.required"));
		}
		if (!"VISIT".equals(type) && !"HELP".equals(type)) {
			faults.add(new DomainException.FieldFault("type", "pairing.visit.type.invalid"));
		}
		if (!faults.isEmpty()) {
			throw DomainException.invalid(faults);
		}
		String visitType = type;
		long visitId = store.insertVisit(new PairingStore.Visit(0, id, visitType, on, visitor.strip(), content.strip()));
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("pairing", id);
		after.put("type", visitType);
		after.put("visitedOn", on.toString());
		events.publishEvent(AuditEvent.created("pairing_visit", visitId, after));
		return store.visits(id).stream().filter(v -> v.id() == visitId).findFirst().orElseThrow();
	}

	@Override
	@Transactional
	@PreAuthorize(WRITE)
	public long recordVisit(long pairingId, String type, LocalDate on, String visitor, String content) {
		return visit(pairingId, type, on, visitor, content).id();
	}

	/** The pair's cadre records that the household left poverty in the year (through the people module). */
	@Transactional
	@PreAuthorize(WRITE)
	public void recordLeftPoverty(long id, int year) {
		PairingView p = writable(id);
		if (p.kind() != PairingKind.N_PLUS_ONE || p.status() != PairingStatus.ACTIVE) {
			throw DomainException.conflict("pairing.error.exitNeedsActiveNPlusOne");
		}
		households.recordLeftPoverty(p.rightId(), year);
		store.history(id, p.status(), "脱贫 " + year + "（" + p.leftName() + " 记录）", actingUsers.accountOrSystem());
	}

	/** What a village needs (the principle of branch–village and first-secretary pairing); null clears it. */
	@Transactional
	@PreAuthorize(WRITE)
	public void setVillageNeed(String villageCode, VillageNeed need) {
		if (villageCode == null || !villageCode.matches("\\d{12}")) {
			throw DomainException.invalidField("villageCode", "pairing.villageNeed.code.invalid");
		}
		FoundOrForbidden.mayChange(scopes.current().coversDivision(villageCode));
		store.setVillageNeed(villageCode, need);
		events.publishEvent(AuditEvent.updated("pairing_village_need", villageCode, Map.of(),
				Map.of("need", need == null ? "" : need.name())));
	}

	public Map<String, VillageNeed> villageNeeds() {
		return store.villageNeeds();
	}

	/** A pairing to change: 404 when there is none, 403 when the caller cannot see it. */
	PairingView writable(long id) {
		PairingView p = FoundOrForbidden.found(store.find(id, DataScope.everything()), "pairing", id);
		FoundOrForbidden.mayChange(store.find(id, scopes.current()).isPresent());
		return p;
	}

	LocalDate today() {
		return LocalDate.now(clock);
	}
}

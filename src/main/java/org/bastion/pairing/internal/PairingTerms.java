package org.bastion.pairing.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.bastion.common.DomainException;
import org.bastion.pairing.PairingKind;
import org.bastion.pairing.PairingStatus;
import org.bastion.pairing.PairingView;
import org.bastion.pairing.Pairings.PastTerm;
import org.bastion.pairing.Side;
import org.bastion.people.PersonView;
import org.bastion.people.People;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * Pairings as terms: finished terms written as ENDED pairings ({@link org.bastion.pairing.Pairings#recordPastTerms}),
 * and the confirmed terms of right sides read unscoped for indicator providers.
 */
@Component
class PairingTerms {

	private final JdbcClient jdbc;
	private final SideResolver sides;
	private final People people;
	private final PairingStore store;
	private final ApplicationEventPublisher events;

	PairingTerms(JdbcClient jdbc, SideResolver sides, People people, PairingStore store, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.sides = sides;
		this.people = people;
		this.store = store;
		this.events = events;
	}

	List<Long> record(PairingKind kind, List<PastTerm> terms, String reason) {
		if (reason == null || reason.isBlank()) {
			throw DomainException.invalidField("reason", "pairing.reason.required");
		}
		Map<Long, SideInfo> lefts = resolve(kind, kind.left(), terms.stream().map(PastTerm::leftId).distinct().toList(), true);
		Map<Long, SideInfo> rights = resolve(kind, kind.right(), terms.stream().map(PastTerm::rightId).distinct().toList(), false);
		List<Long> ids = new ArrayList<>();
		for (PastTerm t : terms) {
			if (t.endsOn() == null || t.endsOn().isBefore(t.startsOn())) {
				throw DomainException.invalidField("endsOn", "pairing.term.reversed", t.startsOn(), t.endsOn());
			}
			SideInfo left = lefts.get(t.leftId());
			SideInfo right = rights.get(t.rightId());
			GeneratedKeyHolder keys = new GeneratedKeyHolder();
			jdbc.sql("""
					insert into pairing (kind, left_id, right_id, left_name, right_name, left_organization_id, right_organization_id,
					  left_division, right_division, starts_on, ends_on, status, end_reason)
					values (:kind, :leftId, :rightId, :leftName, :rightName, :leftOrg, :rightOrg, :leftDiv, :rightDiv, :startsOn,
					  :endsOn, :status, :reason)""")
				.param("kind", kind.name()).param("leftId", left.id()).param("rightId", right.id())
				.param("leftName", left.name()).param("rightName", right.name())
				.param("leftOrg", left.organizationId()).param("rightOrg", right.organizationId())
				.param("leftDiv", left.divisionCode()).param("rightDiv", right.divisionCode())
				.param("startsOn", t.startsOn()).param("endsOn", t.endsOn()).param("status", PairingStatus.ENDED.name())
				.param("reason", reason.strip())
				.update(keys, "id");
			long id = keys.getKey().longValue();
			store.history(id, PairingStatus.ENDED, reason.strip(), "system");
			PairingIndicators.changed(events, id, kind, left.id(), right.id());
			ids.add(id);
		}
		return ids;
	}

	/** Confirmed (active or ended) pairings of the kind whose right side is one of these, by right side, unscoped. */
	Map<Long, List<PairingView>> confirmedOfRights(PairingKind kind, java.util.Collection<Long> rightIds) {
		Map<Long, List<PairingView>> terms = new HashMap<>();
		List<Long> all = List.copyOf(rightIds);
		for (int from = 0; from < all.size(); from += 1_000) {
			jdbc.sql("select " + PairingStore.COLUMNS + " from pairing p where p.kind = :kind and p.status <> 'PROPOSED' "
					+ "and p.right_id in (:ids) order by p.starts_on, p.id")
				.param("kind", kind.name())
				.param("ids", all.subList(from, Math.min(all.size(), from + 1_000)))
				.query(PairingStore::view)
				.list()
				.forEach(p -> terms.computeIfAbsent(p.rightId(), k -> new ArrayList<>()).add(p));
		}
		return terms;
	}

	/** The sides, persons in one lookup; each checked to fit the kind (a cadre on the cadre side …). */
	private Map<Long, SideInfo> resolve(PairingKind kind, Side side, List<Long> ids, boolean left) {
		Map<Long, SideInfo> found = new HashMap<>();
		if (side == Side.PERSON) {
			Map<Long, PersonView> persons = people.findAll(ids);
			persons.forEach((id, p) -> found.put(id, SideResolver.person(p)));
		}
		for (Long id : ids) {
			SideInfo info = found.computeIfAbsent(id,
					k -> sides.read(side, k).orElseThrow(() -> DomainException.notFound("side", k)));
			String rule = sides.fitRule(kind, info, left);
			if (rule != null) {
				throw DomainException.conflict(rule, info.name());
			}
		}
		return found;
	}
}

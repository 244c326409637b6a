package org.bastion.pairing.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bastion.common.DomainException;
import org.bastion.common.audit.AuditEvent;
import org.bastion.indicators.SourceChanges;
import org.bastion.pairing.HouseholdWork;
import org.bastion.pairing.HouseholdWorks;
import org.bastion.pairing.PairingStatus;
import org.bastion.pairing.PairingView;
import org.bastion.pairing.WorkWay;
import org.bastion.people.Households;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** {@link HouseholdWorks} on the table {@code pairing_household_work} (V57). */
@Service
@Transactional(readOnly = true)
@PreAuthorize(PairingManagement.READ)
public class HouseholdWorkManagement implements HouseholdWorks {

	static final int NOTE_MAX = 500;

	private final JdbcClient jdbc;
	private final HouseholdWorkStore store;
	private final PairingManagement pairings;
	private final Households households;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	HouseholdWorkManagement(JdbcClient jdbc, HouseholdWorkStore store, PairingManagement pairings, Households households, ApplicationEventPublisher events,
			Clock clock) {
		this.jdbc = jdbc;
		this.store = store;
		this.pairings = pairings;
		this.households = households;
		this.events = events;
		this.clock = clock;
	}

	@Override
	public List<HouseholdWork> of(long pairingId) {
		pairings.get(pairingId);
		return store.of(pairingId);
	}

	@Override
	@Transactional
	@PreAuthorize(PairingManagement.WRITE)
	public long record(long pairingId, long householdId, WorkWay way, LocalDate on, String note) {
		return recordAll(List.of(new HouseholdWork(0, pairingId, householdId, way, on, note))).get(0);
	}

	@Override
	@Transactional
	@PreAuthorize(PairingManagement.WRITE)
	public List<Long> recordAll(List<HouseholdWork> records) {
		LocalDate today = LocalDate.now(clock);
		List<Long> ids = new ArrayList<>();
		for (HouseholdWork w : records) {
			PairingView p = pairings.writable(w.pairingId());
			check(w, today);
			if (p.status() == PairingStatus.PROPOSED) {
				throw DomainException.conflict("pairing.work.notConfirmed");
			}
			if (jdbc.sql("select count(*) from pairing_household_work where pairing_id = :p and household_id = :h")
				.param("p", w.pairingId()).param("h", w.householdId()).query(Long.class).single() > 0) {
				throw DomainException.conflict("pairing.work.duplicate");
			}
			KeyHolder keys = new GeneratedKeyHolder();
			jdbc.sql("insert into pairing_household_work (pairing_id, household_id, way, started_on, note) values (:p, :h, :way, :on, :note)")
				.param("p", w.pairingId()).param("h", w.householdId()).param("way", w.way().name()).param("on", w.startedOn())
				.param("note", w.note() == null || w.note().isBlank() ? null : w.note().strip()).update(keys, "id");
			long id = keys.getKeyAs(Number.class).longValue();
			ids.add(id);
			if (records.size() == 1) {
				Map<String, Object> after = new LinkedHashMap<>();
				after.put("pairing", w.pairingId());
				after.put("household", w.householdId());
				after.put("way", w.way().name());
				after.put("startedOn", w.startedOn().toString());
				events.publishEvent(AuditEvent.created(RECORD_TYPE, id, after));
			}
		}
		if (records.size() > 1) {
			events.publishEvent(AuditEvent.imported(RECORD_TYPE, ids.size() + " households brought into work"));
		}
		SourceChanges.changed(events, RECORD_TYPE, ids);
		return ids;
	}

	private void check(HouseholdWork w, LocalDate today) {
		List<DomainException.FieldFault> faults = new ArrayList<>();
		if (w.householdId() == null || households.find(w.householdId()).isEmpty()) {
			faults.add(new DomainException.FieldFault("householdId", "pairing.work.household"));
		}
		if (w.way() == null) {
			faults.add(new DomainException.FieldFault("way", "pairing.work.way"));
		}
		if (w.startedOn() == null || w.startedOn().isAfter(today)) {
			faults.add(new DomainException.FieldFault("startedOn", "pairing.work.date"));
		}
		if (w.note() != null && w.note().strip().length() > NOTE_MAX) {
			faults.add(new DomainException.FieldFault("note", "pairing.work.note"));
		}
		if (!faults.isEmpty()) {
			throw DomainException.invalid(faults);
		}
	}
}

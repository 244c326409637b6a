package org.bastion.selection.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.bastion.common.DomainException;
import org.bastion.common.audit.AuditEvent;
import org.bastion.common.scope.DataScope;
import org.bastion.common.scope.FoundOrForbidden;
import org.bastion.organization.OrganizationView;
import org.bastion.selection.CandidateState;
import org.bastion.selection.ClassKind;
import org.bastion.selection.internal.Reserve.Attendance;
import org.bastion.selection.internal.Reserve.Candidate;
import org.bastion.selection.internal.Reserve.Placement;
import org.bastion.selection.internal.Reserve.Session;
import org.bastion.selection.internal.Reserve.ShadowingPlan;
import org.bastion.selection.internal.Reserve.TrainingClass;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The pool's training (培训): demonstration and basic classes with their sessions and who of the pool
 * attended, and the monthly shadowing plans (跟岗学习) placing reserve cadres at township departments.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(ReserveChanges.READ)
public class ReserveTraining {

	private final ReserveChanges changes;
	private final PoolStore poolStore;
	private final ApplicationEventPublisher events;

	ReserveTraining(ReserveChanges changes, PoolStore poolStore, ApplicationEventPublisher events) {
		this.changes = changes;
		this.poolStore = poolStore;
		this.events = events;
	}

	public List<TrainingClass> classes() {
		return poolStore.classes(changes.scope());
	}

	public TrainingClass trainingClass(long id) {
		return FoundOrForbidden.found(poolStore.trainingClass(id, changes.scope()), "reserve_class", id);
	}

	public List<Session> sessions(long classId) {
		return poolStore.sessions(trainingClass(classId).id());
	}

	public List<Attendance> attendance(long classId) {
		return poolStore.attendanceOfClass(trainingClass(classId).id());
	}

	@PreAuthorize(ReserveChanges.WRITE)
	@Transactional
	public TrainingClass createClass(long organizationId, ClassKind kind, String name, LocalDate startsOn) {
		OrganizationView organization = changes.organizationForChange(organizationId);
		if (kind == null) {
			throw DomainException.invalidField("kind", "selection.class.kind.required");
		}
		if (name == null || name.isBlank()) {
			throw DomainException.invalidField("name", "selection.class.name.required");
		}
		if (startsOn == null) {
			throw DomainException.invalidField("startsOn", "selection.class.start.required");
		}
		long id = poolStore.insertClass(new TrainingClass(0, organization.id(), organization.divisionCode(), kind,
				name.strip(), startsOn));
		events.publishEvent(AuditEvent.created("reserve_class", id, Map.of("kind", kind.name(), "name", name.strip())));
		return poolStore.trainingClass(id, DataScope.everything()).orElseThrow();
	}

	@PreAuthorize(ReserveChanges.WRITE)
	@Transactional
	public Session addSession(long classId, LocalDate heldOn, String topic) {
		TrainingClass k = changes.forChange(classId, poolStore.classExists(classId),
				() -> poolStore.trainingClass(classId, changes.scope()), "reserve_class");
		if (heldOn == null || topic == null || topic.isBlank()) {
			throw DomainException.invalidField("topic", "selection.session.required");
		}
		long id = poolStore.insertSession(k.id(), heldOn, topic.strip());
		events.publishEvent(AuditEvent.created("reserve_class_session", id, Map.of("classId", k.id(), "heldOn",
				heldOn.toString())));
		return poolStore.session(id).orElseThrow();
	}

	/** Records who of the pool attended a session: {@code present} by candidate id. */
	@PreAuthorize(ReserveChanges.WRITE)
	@Transactional
	public void recordAttendance(long sessionId, Map<Long, Boolean> present) {
		Session s = FoundOrForbidden.found(poolStore.session(sessionId), "reserve_class_session", sessionId);
		changes.forChange(s.classId(), true, () -> poolStore.trainingClass(s.classId(), changes.scope()), "reserve_class");
		for (Map.Entry<Long, Boolean> e : present.entrySet()) {
			Candidate c = changes.candidateForChange(e.getKey());
			if (c.state() != CandidateState.IN_POOL) {
				throw DomainException.conflict("selection.attendance.notInPool");
			}
			poolStore.attendance(sessionId, c.id(), Boolean.TRUE.equals(e.getValue()));
		}
		events.publishEvent(AuditEvent.updated("reserve_class_session", sessionId, Map.of(),
				Map.of("attendance", present.size())));
	}

	public List<ShadowingPlan> plans() {
		return poolStore.plans(changes.scope());
	}

	public ShadowingPlan plan(long id) {
		return FoundOrForbidden.found(poolStore.plan(id, changes.scope()), "reserve_shadowing_plan", id);
	}

	public List<Placement> placements(long planId) {
		return poolStore.placementsOfPlan(plan(planId).id());
	}

	/** A month's shadowing plan (跟岗学习) for a township (or the county). */
	@PreAuthorize(ReserveChanges.WRITE)
	@Transactional
	public ShadowingPlan createPlan(long organizationId, LocalDate month) {
		OrganizationView organization = changes.organizationForChange(organizationId);
		if (month == null) {
			throw DomainException.invalidField("month", "selection.plan.month.required");
		}
		long id = poolStore.insertPlan(organization.id(), organization.divisionCode(), month.withDayOfMonth(1));
		events.publishEvent(AuditEvent.created("reserve_shadowing_plan", id, Map.of("month", month.withDayOfMonth(1)
				.toString())));
		return poolStore.plan(id, DataScope.everything()).orElseThrow();
	}

	/** Places a reserve cadre of the pool at a township department for the plan's month. */
	@PreAuthorize(ReserveChanges.WRITE)
	@Transactional
	public Placement place(long planId, long candidateId, String department) {
		changes.forChange(planId, poolStore.planExists(planId), () -> poolStore.plan(planId, changes.scope()),
				"reserve_shadowing_plan");
		Candidate c = changes.candidateForChange(candidateId);
		if (c.state() != CandidateState.IN_POOL) {
			throw DomainException.conflict("selection.attendance.notInPool");
		}
		if (department == null || department.isBlank()) {
			throw DomainException.invalidField("department", "selection.placement.department.required");
		}
		try {
			long id = poolStore.insertPlacement(planId, candidateId, department.strip());
			events.publishEvent(AuditEvent.created("reserve_shadowing_placement", id,
					Map.of("planId", planId, "candidateId", candidateId, "department", department.strip())));
			return poolStore.placement(id).orElseThrow();
		}
		catch (DuplicateKeyException ex) {
			throw DomainException.conflict("selection.placement.duplicate");
		}
	}

	@PreAuthorize(ReserveChanges.WRITE)
	@Transactional
	public Placement recordPlacement(long placementId, String record) {
		Placement p = FoundOrForbidden.found(poolStore.placement(placementId), "reserve_shadowing_placement",
				placementId);
		changes.forChange(p.planId(), true, () -> poolStore.plan(p.planId(), changes.scope()), "reserve_shadowing_plan");
		if (record == null || record.isBlank()) {
			throw DomainException.invalidField("record", "selection.placement.record.required");
		}
		poolStore.recordPlacement(placementId, record.strip());
		events.publishEvent(AuditEvent.updated("reserve_shadowing_placement", placementId, Map.of(),
				Map.of("record", "recorded")));
		return poolStore.placement(placementId).orElseThrow();
	}
}

package org.bastion.selection.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.bastion.selection.ClassKind;
import org.bastion.selection.internal.Reserve.Attendance;
import org.bastion.selection.internal.Reserve.Notice;
import org.bastion.selection.internal.Reserve.Objection;
import org.bastion.selection.internal.Reserve.Placement;
import org.bastion.selection.internal.Reserve.Session;
import org.bastion.selection.internal.Reserve.ShadowingPlan;
import org.bastion.selection.internal.Reserve.TrainingClass;
import org.bastion.selection.internal.ReserveNotices;
import org.bastion.selection.internal.ReserveTraining;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The pool's training classes and shadowing plans, and the notices and open objections, as JSON,
 * mirroring the pages; in the caller's data scope (404 outside it, 403 for changes).
 */
@RestController
@Tag(name = "reserve", description = "村级后备力量 reserve-cadre selection (墩苗工程)")
class ReserveTrainingApiController {

	record ClassRequest(Long organizationId, ClassKind kind, String name, LocalDate startsOn) {
	}

	record SessionRequest(LocalDate heldOn, String topic) {
	}

	record ClassJson(TrainingClass trainingClass, List<Session> sessions, List<Attendance> attendance) {
	}

	record PlanRequest(Long organizationId, LocalDate month) {
	}

	record PlacementRequest(Long candidateId, String department) {
	}

	record RecordRequest(String record) {
	}

	record PlanJson(ShadowingPlan plan, List<Placement> placements) {
	}

	/** An open objection for staff: its text and when, not the contact (on the candidate's page only). */
	record ObjectionJson(long id, long candidateId, String body, java.time.LocalDateTime filedAt) {
	}

	private final ReserveNotices reserveNotices;
	private final ReserveTraining reserveTraining;

	ReserveTrainingApiController(ReserveNotices reserveNotices, ReserveTraining reserveTraining) {
		this.reserveNotices = reserveNotices;
		this.reserveTraining = reserveTraining;
	}

	@GetMapping("/api/v1/reserve-rounds/notices")
	@Operation(summary = "Public notices of rounds in scope, newest first")
	List<Notice> notices() {
		return reserveNotices.notices();
	}

	@GetMapping("/api/v1/reserve-candidates/objections")
	@Operation(summary = "Objections in scope still waiting for an answer")
	List<ObjectionJson> openObjections() {
		return reserveNotices.openObjections().stream().map((Objection o) -> new ObjectionJson(o.id(), o.candidateId(),
				o.body(), o.filedAt())).toList();
	}

	@GetMapping("/api/v1/reserve-classes")
	@Operation(summary = "Training classes (示范班 / 基础班) in scope")
	List<TrainingClass> classes() {
		return reserveTraining.classes();
	}

	@PostMapping("/api/v1/reserve-classes")
	@Operation(summary = "Open a training class for a township or the county")
	ResponseEntity<TrainingClass> createClass(@RequestBody ClassRequest r) {
		TrainingClass k = reserveTraining.createClass(r.organizationId() == null ? 0 : r.organizationId(), r.kind(), r.name(),
				r.startsOn());
		return ResponseEntity.created(URI.create("/api/v1/reserve-classes/" + k.id())).body(k);
	}

	@GetMapping("/api/v1/reserve-classes/{id}")
	@Operation(summary = "A class with its sessions and attendance")
	ClassJson trainingClass(@PathVariable long id) {
		return new ClassJson(reserveTraining.trainingClass(id), reserveTraining.sessions(id), reserveTraining.attendance(id));
	}

	@PostMapping("/api/v1/reserve-classes/{id}/sessions")
	@Operation(summary = "Add a session")
	Session addSession(@PathVariable long id, @RequestBody SessionRequest r) {
		return reserveTraining.addSession(id, r.heldOn(), r.topic());
	}

	@PostMapping("/api/v1/reserve-classes/{id}/sessions/{sessionId}/attendance")
	@Operation(summary = "Record attendance: present (true/false) by candidate id")
	ClassJson attendance(@PathVariable long id, @PathVariable long sessionId, @RequestBody Map<Long, Boolean> present) {
		reserveTraining.recordAttendance(sessionId, present);
		return trainingClass(id);
	}

	@GetMapping("/api/v1/reserve-plans")
	@Operation(summary = "Monthly shadowing plans (跟岗学习) in scope")
	List<ShadowingPlan> plans() {
		return reserveTraining.plans();
	}

	@PostMapping("/api/v1/reserve-plans")
	@Operation(summary = "A month's shadowing plan for a township or the county")
	ResponseEntity<ShadowingPlan> createPlan(@RequestBody PlanRequest r) {
		ShadowingPlan p = reserveTraining.createPlan(r.organizationId() == null ? 0 : r.organizationId(), r.month());
		return ResponseEntity.created(URI.create("/api/v1/reserve-plans/" + p.id())).body(p);
	}

	@GetMapping("/api/v1/reserve-plans/{id}")
	@Operation(summary = "A plan with its placements and records")
	PlanJson plan(@PathVariable long id) {
		return new PlanJson(reserveTraining.plan(id), reserveTraining.placements(id));
	}

	@PostMapping("/api/v1/reserve-plans/{id}/placements")
	@Operation(summary = "Place a reserve cadre of the pool at a township department")
	Placement place(@PathVariable long id, @RequestBody PlacementRequest r) {
		return reserveTraining.place(id, r.candidateId() == null ? 0 : r.candidateId(), r.department());
	}

	@PostMapping("/api/v1/reserve-plans/{id}/placements/{placementId}/record")
	@Operation(summary = "Record what the cadre did during the placement")
	Placement record(@PathVariable long id, @PathVariable long placementId, @RequestBody RecordRequest r) {
		return reserveTraining.recordPlacement(placementId, r.record());
	}
}

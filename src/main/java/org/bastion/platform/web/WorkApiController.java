package org.bastion.platform.web;

import java.time.Instant;

import org.bastion.common.DomainException;
import org.bastion.platform.LongWork;
import org.bastion.platform.WorkStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A long work's status as JSON, for its owner only (someone else's is not found). */
@RestController
@RequestMapping("/api/v1/work")
class WorkApiController {

	private final LongWork work;

	WorkApiController(LongWork work) {
		this.work = work;
	}

	record WorkJson(long id, String kind, String title, String state, String phase, long done, Long total, long errors,
			Instant startedAt, Instant endedAt, String resultLink, String summary, String failure) {

		static WorkJson of(WorkStatus w) {
			return new WorkJson(w.id(), w.kind(), w.title(), w.state().name(), w.phase(), w.done(), w.total(), w.errors(),
					w.startedAt(), w.endedAt(), w.resultLink(), w.summary(), w.failure());
		}
	}

	@GetMapping("/{id}")
	WorkJson status(@PathVariable long id) {
		return work.find(id).map(WorkJson::of).orElseThrow(() -> DomainException.notFound("work", id));
	}
}

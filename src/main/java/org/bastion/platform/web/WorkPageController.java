package org.bastion.platform.web;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.bastion.common.CountyTime;
import org.bastion.common.DomainException;
import org.bastion.common.PageRequest;
import org.bastion.common.PageResult;
import org.bastion.common.web.ListPage;
import org.bastion.platform.LongWork;
import org.bastion.platform.WorkStatus;
import org.bastion.platform.internal.WorkFiles;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The signed-in user's long work: the list of their recent work, and one work's page, whose
 * progress fragment htmx polls every second while it runs and which sends the browser on to the
 * result when it has ended. Someone else's work is not found.
 */
@Controller
class WorkPageController {

	private final LongWork work;
	private final Clock clock;
	private final CountyTime time;
	private final WorkFiles files;

	WorkPageController(LongWork work, Clock clock, CountyTime time, WorkFiles files) {
		this.work = work;
		this.clock = clock;
		this.time = time;
		this.files = files;
	}

	/** A work as a page shows it: its start in the county's time, how long it has run, in seconds. */
	record WorkRow(WorkStatus work, String started, String seconds) {
	}

	@GetMapping("/work")
	String list(@RequestParam(required = false) WorkStatus.State state, @RequestParam(required = false) Integer page, Model model) {
		// The user's recent work is short: filtered and paged here, on the list fragments like every list.
		List<WorkStatus> matching = work.recent().stream().filter(w -> state == null || w.state() == state).toList();
		PageResult<WorkRow> result = PageResult.of(matching, PageRequest.of(page, null)).map(this::row);
		model.addAttribute("rows", result.items());
		model.addAttribute("state", state);
		model.addAttribute("states", WorkStatus.State.values());
		model.addAttribute("pager", ListPage.of(result, p -> UriComponentsBuilder.fromPath("/work")
			.queryParamIfPresent("state", Optional.ofNullable(state)).queryParam("page", p).build().toUriString()));
		return "work/list";
	}

	/** With {@code follow} (the submitter, just after the start) a work already done sends on to its result. */
	@GetMapping("/work/{id}")
	String show(@PathVariable long id, @RequestParam(defaultValue = "false") boolean follow, Model model) {
		WorkStatus status = owned(id);
		if (follow && status.state() == WorkStatus.State.DONE && status.resultLink() != null) {
			return "redirect:" + status.resultLink();
		}
		model.addAttribute("row", row(status));
		return "work/show";
	}

	@GetMapping("/work/{id}/progress")
	String progress(@PathVariable long id, @RequestHeader(name = "HX-Request", required = false) String htmx,
			Model model, HttpServletResponse response) {
		WorkStatus status = owned(id);
		if (htmx != null && status.state() == WorkStatus.State.DONE && status.resultLink() != null) {
			response.setHeader("HX-Redirect", status.resultLink());
		}
		model.addAttribute("row", row(status));
		return "work/show :: progress";
	}

	/** The file the work made (a big export), for its owner only; not found for anyone else or once deleted. */
	@GetMapping("/work/{id}/file")
	void file(@PathVariable long id, HttpServletResponse response) {
		owned(id);
		if (!files.download(id, response)) {
			throw DomainException.notFound("work", id);
		}
	}

	private WorkStatus owned(long id) {
		return work.find(id).orElseThrow(() -> DomainException.notFound("work", id));
	}

	private WorkRow row(WorkStatus status) {
		double seconds = status.elapsed(clock.instant()).toMillis() / 1000.0;
		return new WorkRow(status, time.dateTime(status.startedAt()), String.format("%.1f", Math.max(0, seconds)));
	}
}

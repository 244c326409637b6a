package org.bastion.selection.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.bastion.common.DomainException;
import org.bastion.common.audit.AuditEvent;
import org.bastion.common.scope.FoundOrForbidden;
import org.bastion.selection.CandidateState;
import org.bastion.selection.StepKind;
import org.bastion.selection.internal.Reserve.Actor;
import org.bastion.selection.internal.Reserve.Candidate;
import org.bastion.selection.internal.Reserve.Notice;
import org.bastion.selection.internal.Reserve.NoticeDetails;
import org.bastion.selection.internal.Reserve.NoticeEntry;
import org.bastion.selection.internal.Reserve.Round;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public side of 公示, with no sign-in: the notices and their entries (name, village, age,
 * education, proposed role — never an ID number or a phone) and objections from anyone, at most
 * {@code bastion.selection.objection.per-hour} an hour from one address.
 */
@Service
@Transactional(readOnly = true)
public class PublicNotices {

	static final Actor PUBLIC = new Actor("public", "公众", "公示页面");

	private final ReserveStore store;
	private final NoticeStore noticeStore;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final int perHour;
	private final SelectionReminders reminders;
	private final String countyPhone;

	PublicNotices(ReserveStore store, NoticeStore noticeStore, ApplicationEventPublisher events, Clock clock,
			@Value("${bastion.selection.objection.per-hour:5}") int perHour, SelectionReminders reminders,
			@Value("${bastion.selection.supervision-phone:12380}") String countyPhone) {
		this.reminders = reminders;
		this.countyPhone = countyPhone;
		this.store = store;
		this.noticeStore = noticeStore;
		this.events = events;
		this.clock = clock;
		this.perHour = perHour;
	}

	public LocalDate today() {
		return LocalDate.now(clock);
	}

	public List<NoticeDetails> notices() {
		return noticeStore.publicNotices(today()).stream().map(this::details).toList();
	}

	/** A notice that has started, or not found. */
	public NoticeDetails notice(long id) {
		Notice n = FoundOrForbidden.found(noticeStore.notice(id).filter(x -> !x.startsOn().isAfter(today())),
				"reserve_notice", id);
		return details(n);
	}

	private NoticeDetails details(Notice n) {
		Round round = store.round(n.roundId()).orElseThrow();
		List<NoticeEntry> entries = noticeStore.noticeEntries(n.id());
		LocalDate today = today();
		return new NoticeDetails(n, round.name(), entries, !today.isBefore(n.startsOn()) && !today.isAfter(n.endsOn()),
				n.issuedBy(), n.supervisionPhone() != null ? n.supervisionPhone() : countyPhone);
	}

	/**
	 * Records an objection (异议) to a candidate on an open notice; it stays open until staff answer it,
	 * and while open the candidate cannot enter the pool.
	 */
	@Transactional
	public long fileObjection(long noticeId, long candidateId, String text, String contact, String address) {
		NoticeDetails notice = notice(noticeId);
		if (!notice.open()) {
			throw DomainException.conflict("selection.objection.closed");
		}
		Candidate c = store.candidate(candidateId).filter(x -> Long.valueOf(noticeId).equals(x.noticeId()))
			.orElseThrow(() -> DomainException.invalidField("candidateId", "selection.objection.candidate.required"));
		if (c.state() != CandidateState.IN_NOTICE) {
			throw DomainException.conflict("selection.objection.closed");
		}
		String body = text == null ? "" : text.strip();
		if (body.length() < 5 || body.length() > 2000) {
			throw DomainException.invalidField("text", "selection.objection.text.length");
		}
		String reach = contact == null || contact.isBlank() ? null : contact.strip();
		if (reach != null && reach.length() > 100) {
			throw DomainException.invalidField("contact", "selection.objection.contact.length");
		}
		String hash = hash(address);
		LocalDateTime now = LocalDateTime.now(clock);
		if (noticeStore.objectionsFrom(hash, now.minusHours(1)) >= perHour) {
			throw DomainException.conflict("selection.objection.tooMany");
		}
		long id = noticeStore.insertObjection(candidateId, body, reach, hash, now);
		store.step(candidateId, StepKind.OBJECTION_FILED, false, body, PUBLIC, now);
		reminders.objectionFiled(id, store.round(c.roundId()).orElseThrow(), now.toLocalDate());
		events.publishEvent(AuditEvent.created("reserve_objection", id, Map.of("candidateId", candidateId, "status", "OPEN"))
			.by(PUBLIC.username(), address));
		return id;
	}

	static String hash(String address) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest(("reserve-objection:" + (address == null ? "" : address)).getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}
}

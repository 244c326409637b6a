package org.bastion.audit.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.bastion.common.audit.AccessRefused;
import org.bastion.common.audit.AuditAction;
import org.bastion.common.audit.AuditEvent;
import org.bastion.platform.ActingUsers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authorization.AuthorityAuthorizationDecision;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

import jakarta.annotation.PreDestroy;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Records refused accesses of signed-in users as {@link AuditAction#ACCESS_DENIED}: who, from where,
 * what (method, path, entity) and why. From the error handlers ({@link AccessRefused}: refusals by
 * a service's authority or data scope, and not-found answers) and from the security filters
 * ({@link AuthorizationDeniedEvent} of a request). At most {@value #PER_WINDOW} entries per user and
 * kind a minute; the rest are counted and recorded as one summary entry when the minute is over, so
 * that a scan of ids cannot flood the trail. Refusals of anonymous requests are sign-in prompts,
 * not recorded here.
 */
@Component
class AccessRefusalAuditor {

	private static final Logger log = LoggerFactory.getLogger(AccessRefusalAuditor.class);
	static final int PER_WINDOW = 5;
	static final Duration WINDOW = Duration.ofMinutes(1);

	/** The refusals of one user and kind in the minute that began at {@code start}. */
	private static final class Window {
		final String actor;
		final AccessRefused.Kind kind;
		final Instant start;
		int recorded;
		int suppressed;
		String address;

		Window(String actor, AccessRefused.Kind kind, Instant start) {
			this.actor = actor;
			this.kind = kind;
			this.start = start;
		}
	}

	private final AuditRecorder recorder;
	private final RequestOrigin origin;
	private final Clock clock;
	private final ActingUsers actingUsers;
	private final Map<String, Window> windows = new HashMap<>();

	AccessRefusalAuditor(AuditRecorder recorder, RequestOrigin origin, Clock clock, ActingUsers actingUsers) {
		this.actingUsers = actingUsers;
		this.clock = clock;
		this.recorder = recorder;
		this.origin = origin;
	}

	@EventListener
	void refused(AccessRefused refusal) {
		actingUsers.account().ifPresent(user -> refused(user, origin.address(), refusal, clock.instant()));
	}

	/** Refusals by the filter chain's URL rules; those of method security reach the error handlers instead. */
	@EventListener
	void refusedByFilter(AuthorizationDeniedEvent<?> event) {
		if (!(event.getSource() instanceof HttpServletRequest request)) {
			return;
		}
		Authentication user = event.getAuthentication().get();
		if (signedIn(user)) {
			String reason = event.getAuthorizationResult() instanceof AuthorityAuthorizationDecision decision
					? "requires " + decision.getAuthorities() : String.valueOf(event.getAuthorizationResult());
			refused(user.getName(), origin.address(request), new AccessRefused(AccessRefused.Kind.FORBIDDEN,
					request.getMethod(), request.getRequestURI(), null, null, reason), clock.instant());
		}
	}

	void refused(String actor, String address, AccessRefused refusal, Instant now) {
		summarizeWindowsOverAt(now);
		Window ended = null;
		boolean record;
		synchronized (windows) {
			String key = refusal.kind() + "|" + actor;
			Window window = windows.get(key);
			if (window != null && isOver(window, now)) {
				windows.remove(key);
				ended = window.suppressed > 0 ? window : null;
				window = null;
			}
			if (window == null) {
				window = new Window(actor, refusal.kind(), now);
				windows.put(key, window);
			}
			record = window.recorded < PER_WINDOW;
			if (record) {
				window.recorded++;
			}
			else {
				window.suppressed++;
				window.address = address;
			}
		}
		if (ended != null) {
			summarize(ended);
		}
		if (record) {
			String detail = refusal.kind() + " " + refusal.method() + " " + refusal.path()
					+ (refusal.reason() == null ? "" : ": " + refusal.reason());
			write(new AuditEvent(AuditAction.ACCESS_DENIED, refusal.entityType(), refusal.entityId(), null, null, detail,
					actor, address));
		}
	}

	/**
	 * The summaries of ended windows are written by the next refusal on this node, by the platform's
	 * minute timer on whichever node it fires ({@link RefusalSummaryTimer}) and, for what is left, when
	 * this node shuts down — the windows live in this node's memory.
	 */
	@PreDestroy
	void summarizeAllAtShutdown() {
		summarizeWindowsOverAt(Instant.MAX);
	}

	/** Records a summary of each window over at {@code now} in which refusals were left out. */
	void summarizeWindowsOverAt(Instant now) {
		List<Window> ended = new ArrayList<>();
		synchronized (windows) {
			for (Iterator<Window> it = windows.values().iterator(); it.hasNext();) {
				Window window = it.next();
				if (isOver(window, now)) {
					it.remove();
					if (window.suppressed > 0) {
						ended.add(window);
					}
				}
			}
		}
		ended.forEach(this::summarize);
	}

	private void summarize(Window w) {
		write(new AuditEvent(AuditAction.ACCESS_DENIED, null, null, null, null,
				w.kind + ": " + w.suppressed + " more refused accesses in the minute from " + EntryHash.time(w.start)
						+ " not recorded one by one (at most " + PER_WINDOW + " a minute)",
				w.actor, w.address));
	}

	private void write(AuditEvent event) {
		try {
			recorder.record(event);
		}
		catch (RuntimeException ex) {
			// the caller is being refused anyway; the refusal must not turn into a server error
			log.error("Could not record a refused access in the audit trail: {}", event.detail(), ex);
		}
	}

	private static boolean isOver(Window window, Instant now) {
		return now.equals(Instant.MAX) || !now.isBefore(window.start.plus(WINDOW));
	}

	private static boolean signedIn(Authentication user) {
		return user != null && user.isAuthenticated() && !(user instanceof AnonymousAuthenticationToken);
	}
}

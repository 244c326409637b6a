package org.bastion.common.web;

import org.bastion.common.DomainException;
import org.bastion.common.audit.AccessRefused;
import org.bastion.common.audit.PersonalFields;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.authorization.ExpressionAuthorizationDecision;
import org.springframework.stereotype.Component;

import jakarta.servlet.http.HttpServletRequest;

/** Tells the audit trail of refusals as they become responses (pages and API alike). */
@Component
class Refusals {

	private final ApplicationEventPublisher events;

	Refusals(ApplicationEventPublisher events) {
		this.events = events;
	}

	void forbidden(HttpServletRequest request, AccessDeniedException ex) {
		events.publishEvent(new AccessRefused(AccessRefused.Kind.FORBIDDEN, request.getMethod(), request.getRequestURI(),
				null, null, reason(ex)));
	}

	/** Not found is also the answer outside the caller's data scope: both are recorded, as one cannot tell them apart here. */
	void notFound(HttpServletRequest request, DomainException ex) {
		if (ex.kind() != DomainException.Kind.NOT_FOUND) {
			return;
		}
		// error.notFound names the kind of record and its id; other keys carry arguments of their own
		Object[] args = ex.messageKey().equals("error.notFound") && ex.args() != null ? ex.args() : new Object[0];
		String entityType = args.length > 0 ? text(args[0]) : null;
		String entityId = args.length > 1 ? PersonalFields.maskText(text(args[1])) : null;
		events.publishEvent(new AccessRefused(AccessRefused.Kind.NOT_FOUND, request.getMethod(), request.getRequestURI(),
				entityType, entityId, "not found or outside the data scope (" + ex.messageKey() + ")"));
	}

	/** An argument of {@code error.notFound}: the kind of record (text or a message code) or its id. */
	private static String text(Object arg) {
		if (arg instanceof MessageSourceResolvable resolvable && resolvable.getCodes() != null
				&& resolvable.getCodes().length > 0) {
			return resolvable.getCodes()[0];
		}
		return arg == null ? null : arg.toString();
	}

	private static String reason(AccessDeniedException ex) {
		if (ex instanceof AuthorizationDeniedException denied
				&& denied.getAuthorizationResult() instanceof ExpressionAuthorizationDecision decision) {
			return "requires " + decision.getExpression().getExpressionString();
		}
		return ex.getMessage();
	}
}

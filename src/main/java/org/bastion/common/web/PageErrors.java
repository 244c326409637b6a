package org.bastion.common.web;

import org.bastion.common.DomainException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

import jakarta.servlet.http.HttpServletRequest;

/**
 * A refused page request shows the layout's error page with the reason, and the right status; a
 * forbidden one the 403 page. Refused and not-found answers are told to the audit trail ({@link Refusals}).
 */
@ControllerAdvice(annotations = Controller.class)
class PageErrors {

	private final Refusals refusals;

	PageErrors(Refusals refusals) {
		this.refusals = refusals;
	}

	@ExceptionHandler(DomainException.class)
	ModelAndView domain(DomainException ex, Model model, HttpServletRequest request) {
		refusals.notFound(request, ex);
		HttpStatus status = switch (ex.kind()) {
			case INVALID -> HttpStatus.BAD_REQUEST;
			case NOT_FOUND -> HttpStatus.NOT_FOUND;
			case CONFLICT -> HttpStatus.CONFLICT;
		};
		ModelAndView view = new ModelAndView("error/domain", status);
		view.addObject("messageKey", ex.messageKey());
		view.addObject("messageArgs", ex.args());
		view.addObject("status", status.value());
		return view;
	}

	/** Refused by authority or data scope: the 403 page, in the user's language. */
	@ExceptionHandler(AccessDeniedException.class)
	ModelAndView forbidden(AccessDeniedException ex, HttpServletRequest request) {
		refusals.forbidden(request, ex);
		return new ModelAndView("error/403", HttpStatus.FORBIDDEN);
	}
}

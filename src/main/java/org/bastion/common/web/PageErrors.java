package org.bastion.common.web;

import org.bastion.common.DomainException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * A refused page request shows the layout's error page with the reason, and the right status; a
 * forbidden one the 403 page.
 */
@ControllerAdvice(annotations = Controller.class)
class PageErrors {

	@ExceptionHandler(DomainException.class)
	ModelAndView domain(DomainException ex, Model model) {
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
	ModelAndView forbidden(AccessDeniedException ex) {
		return new ModelAndView("error/403", HttpStatus.FORBIDDEN);
	}
}

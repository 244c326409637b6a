package org.bastion.common.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.bastion.common.DomainException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Turns refusals into RFC 9457 problem details for the JSON API, in the caller's language, with an
 * {@code errors} list naming each faulty field. Refused and not-found answers are told to the audit
 * trail ({@link Refusals}).
 */
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(annotations = RestController.class)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

	private final MessageSource messages;
	private final Refusals refusals;

	ApiExceptionHandler(MessageSource messages, Refusals refusals) {
		this.messages = messages;
		this.refusals = refusals;
	}

	@ExceptionHandler(DomainException.class)
	ProblemDetail domain(DomainException ex, HttpServletRequest request) {
		refusals.notFound(request, ex);
		HttpStatus status = switch (ex.kind()) {
			case INVALID -> HttpStatus.BAD_REQUEST;
			case NOT_FOUND -> HttpStatus.NOT_FOUND;
			case CONFLICT -> HttpStatus.CONFLICT;
		};
		Locale locale = LocaleContextHolder.getLocale();
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
				messages.getMessage(ex.messageKey(), ex.args(), ex.messageKey(), locale));
		problem.setType(URI.create("urn:bastion:problem:" + ex.messageKey()));
		if (!ex.faults().isEmpty()) {
			problem.setProperty("errors", ex.faults().stream()
					.map(f -> Map.of("field", f.field(), "message",
							messages.getMessage(f.messageKey(), f.args(), f.messageKey(), locale)))
					.toList());
		}
		return problem;
	}

	/**
	 * A refusal by authority or data scope: 403 for a signed-in caller (a signed-out one never gets
	 * this far, the security filters answer 401 first).
	 */
	@ExceptionHandler(AccessDeniedException.class)
	ProblemDetail forbidden(AccessDeniedException ex, HttpServletRequest request) {
		refusals.forbidden(request, ex);
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
				messages.getMessage("error.forbidden", null, LocaleContextHolder.getLocale()));
		problem.setType(URI.create("urn:bastion:problem:error.forbidden"));
		return problem;
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		Locale locale = LocaleContextHolder.getLocale();
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				messages.getMessage("error.invalid", null, locale));
		List<Map<String, String>> errors = new ArrayList<>();
		for (FieldError error : ex.getBindingResult().getFieldErrors()) {
			errors.add(Map.of("field", error.getField(), "message", messages.getMessage(error, locale)));
		}
		problem.setProperty("errors", errors);
		return ResponseEntity.badRequest().body(problem);
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				messages.getMessage("error.unreadable", null, LocaleContextHolder.getLocale()));
		return ResponseEntity.badRequest().body(problem);
	}
}

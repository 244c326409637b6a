package org.bastion.common.web;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.HtmlUtils;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * Refuses an upload over the multipart limit (20 MB) before anything reads its parameters: past the
 * limit the container can no longer parse the request, so the CSRF check and even the error page
 * would fail, and the person would see the container's raw 413 page. Answers 413 with the reason in
 * the caller's language: problem+json for the API, a small page with a way back for pages. Nothing
 * is done with the request, so refusing it before the CSRF check changes nothing.
 */
class UploadLimit extends OncePerRequestFilter {

	static final String MESSAGE = "error.uploadTooLarge";

	private final long maxBytes;
	private final MessageSource messages;
	private final LocaleResolver locales;
	private final JsonMapper json;

	UploadLimit(long maxBytes, MessageSource messages, LocaleResolver locales, JsonMapper json) {
		this.maxBytes = maxBytes;
		this.messages = messages;
		this.locales = locales;
		this.json = json;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (maxBytes > 0 && isMultipart(request) && request.getContentLengthLong() > maxBytes) {
			refuse(request, response);
			return;
		}
		if (maxBytes > 0 && isMultipart(request) && request.getContentLengthLong() < 0 && overLimitOnceRead(request)) {
			refuse(request, response);
			return;
		}
		chain.doFilter(request, response);
	}

	/**
	 * A body sent chunked has no length to compare: it is parsed here, before the CSRF check would
	 * parse it and stumble. The container keeps the parts, so the controller reads them unchanged.
	 */
	private static boolean overLimitOnceRead(HttpServletRequest request) throws IOException, ServletException {
		try {
			request.getParts();
			return false;
		}
		catch (IllegalStateException | MaxUploadSizeExceededException e) {
			if (tooLarge(e)) {
				return true;
			}
			throw e;
		}
	}

	/** Spring's or the container's (Tomcat's {@code FileSizeLimitExceededException}, {@code SizeLimitExceededException}) reason. */
	static boolean tooLarge(Throwable e) {
		for (Throwable cause = e; cause != null; cause = cause.getCause()) {
			String name = cause.getClass().getSimpleName();
			if (cause instanceof MaxUploadSizeExceededException || name.equals("FileSizeLimitExceededException")
					|| name.equals("SizeLimitExceededException")) {
				return true;
			}
		}
		return false;
	}

	private static boolean isMultipart(HttpServletRequest request) {
		String type = request.getContentType();
		return type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/");
	}

	private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
		Locale locale = locales.resolveLocale(request);
		long megabytes = maxBytes / (1024 * 1024);
		String detail = messages.getMessage(MESSAGE, new Object[] {megabytes}, locale);
		response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
		response.setHeader("X-Content-Type-Options", "nosniff");
		response.setHeader("Cache-Control", "no-store");
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, detail);
			problem.setType(URI.create("urn:bastion:problem:" + MESSAGE));
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.getWriter().write(json.writeValueAsString(problem));
			return;
		}
		response.setHeader("Content-Security-Policy", "default-src 'none'; style-src 'self'; frame-ancestors 'none'");
		response.setContentType(MediaType.TEXT_HTML_VALUE);
		String title = HtmlUtils.htmlEscape(messages.getMessage("error.title", null, locale));
		String back = HtmlUtils.htmlEscape(messages.getMessage("error.uploadTooLarge.back", null, locale));
		String context = request.getContextPath();
		response.getWriter().write("""
				<!DOCTYPE html>
				<html lang="%s"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
				<title>%s</title><link rel="stylesheet" href="%s/css/bastion.css"></head>
				<body><main id="content"><h1>%s</h1><p class="alert error" role="alert">%s</p>
				<p><a href="%s/imports">%s</a></p></main></body></html>
				""".formatted(locale.toLanguageTag(), title, context, title, HtmlUtils.htmlEscape(detail), context, back));
	}
}

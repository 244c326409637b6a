package org.bastion.platform.web;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The page a picker's plain search (without scripts) comes back to: this page's path, with its query
 * when it was asked for by GET (a filter keeps its other filters).
 */
@ControllerAdvice
class PickerBack {

	@ModelAttribute("pickerBack")
	String pickerBack(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return "GET".equals(request.getMethod()) && request.getQueryString() != null ? path + "?" + request.getQueryString() : path;
	}
}

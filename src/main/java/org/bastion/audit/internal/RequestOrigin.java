package org.bastion.audit.internal;

import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import jakarta.servlet.http.HttpServletRequest;

/** The client address of the HTTP request being served on this thread, if any. */
@Component
class RequestOrigin {

	private final boolean trustForwardedFor;

	RequestOrigin(AuditProperties properties) {
		this.trustForwardedFor = properties.trustForwardedFor();
	}

	String address() {
		RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
		if (!(attributes instanceof ServletRequestAttributes servlet)) {
			return null;
		}
		return address(servlet.getRequest());
	}

	String address(HttpServletRequest request) {
		if (trustForwardedFor) {
			String forwarded = request.getHeader("X-Forwarded-For");
			if (forwarded != null && !forwarded.isBlank()) {
				return forwarded.split(",")[0].strip();
			}
		}
		return request.getRemoteAddr();
	}
}

package org.bastion.common.web;

import java.util.function.Supplier;

import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * A value worked out once per request and kept in the request's attributes (who acts, their data
 * scope, their to-dos), so that every later ask in the request is free; outside a request it is worked
 * out at every ask. A key that names the user (e.g. {@code ….scope:anle-admin}) is worked out again when
 * someone else signs in within the request.
 */
public final class PerRequest {

	private PerRequest() {
	}

	@SuppressWarnings("unchecked")
	public static <T> T cached(String key, Supplier<T> compute) {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request == null) {
			return compute.get();
		}
		Object cached = request.getAttribute(key, RequestAttributes.SCOPE_REQUEST);
		if (cached != null) {
			return (T) cached;
		}
		T value = compute.get();
		request.setAttribute(key, value, RequestAttributes.SCOPE_REQUEST);
		return value;
	}
}

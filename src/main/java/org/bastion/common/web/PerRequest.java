package org.bastion.common.web;

import java.util.Objects;
import java.util.function.Supplier;

import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * A value worked out once per request and kept in the request's attributes (who acts, their data
 * scope, their to-dos), so that every later ask in the request is free; outside a request it is worked
 * out at every ask. One value per key: kept for whom it was worked out ({@code owner}, e.g. the
 * username), it is worked out again when someone else asks within the request.
 */
public final class PerRequest {

	private record Entry(Object owner, Object value) {
	}

	private PerRequest() {
	}

	@SuppressWarnings("unchecked")
	public static <T> T cached(String key, Object owner, Supplier<T> compute) {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request == null) {
			return compute.get();
		}
		if (request.getAttribute(key, RequestAttributes.SCOPE_REQUEST) instanceof Entry entry
				&& Objects.equals(entry.owner(), owner)) {
			return (T) entry.value();
		}
		T value = compute.get();
		request.setAttribute(key, new Entry(owner, value), RequestAttributes.SCOPE_REQUEST);
		return value;
	}
}

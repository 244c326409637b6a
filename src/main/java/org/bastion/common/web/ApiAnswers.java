package org.bastion.common.web;

import java.net.URI;

import org.bastion.common.DomainException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Answers of the JSON API made the same way by every controller. */
public final class ApiAnswers {

	private ApiAnswers() {
	}

	/** 201 with the new record and its {@code Location}: the request's own URL and the record's id. */
	public static <T> ResponseEntity<T> created(T body, Object id) {
		URI location = ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").buildAndExpand(id).toUri();
		return ResponseEntity.created(location).body(body);
	}

	/** The version a change must name (the one last read): 400 on the field {@code version} when it is missing. */
	public static long version(Long version) {
		if (version == null) {
			throw DomainException.invalidField("version", "error.notBlank");
		}
		return version;
	}
}

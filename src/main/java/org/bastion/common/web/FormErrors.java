package org.bastion.common.web;

import java.util.List;

import org.bastion.common.DomainException;
import org.springframework.validation.BindingResult;

/** A form's refusals on its fields, so that a page shows every reason next to its field and in the summary. */
public final class FormErrors {

	private FormErrors() {
	}

	/**
	 * Puts a refusal on the form: each field fault on its field, or the message as a global error when it
	 * names none. A not-found is no form error: it goes on (404).
	 */
	public static void reject(DomainException ex, BindingResult errors) {
		if (ex.kind() == DomainException.Kind.NOT_FOUND) {
			throw ex;
		}
		if (ex.faults().isEmpty()) {
			errors.reject(ex.messageKey(), ex.args(), null);
		}
		ex.faults().forEach(f -> errors.rejectValue(f.field(), f.messageKey(), f.args(), null));
	}

	/** Adds the rules' faults of the fields that have no error yet (a field that could not be read keeps its own). */
	public static void addMissing(List<DomainException.FieldFault> faults, BindingResult errors) {
		faults.stream().filter(f -> !errors.hasFieldErrors(f.field()))
			.forEach(f -> errors.rejectValue(f.field(), f.messageKey(), f.args(), null));
	}
}

package org.bastion.common.web;

import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

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

	/**
	 * A form's save, the same on every form page: when a field could not be read, the form again with every reason
	 * (the rules' {@code problems} of the other fields too); else the {@code change}, then where to go; when the
	 * change is refused, the form again with the refusal on its fields.
	 */
	public static <V> String save(BindingResult errors, Supplier<List<DomainException.FieldFault>> problems,
			Supplier<V> change, Function<V, String> then, Supplier<String> form) {
		if (errors.hasErrors()) {
			addMissing(problems.get(), errors);
			return form.get();
		}
		try {
			return then.apply(change.get());
		}
		catch (DomainException ex) {
			reject(ex, errors);
			return form.get();
		}
	}
}

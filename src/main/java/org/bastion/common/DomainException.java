package org.bastion.common;

import java.util.List;

import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * A request that the domain refuses. Carries a message key (resolved in the user's language by
 * the web layer) and, where the fault lies in one input, the field it lies in.
 */
public class DomainException extends RuntimeException {

	public enum Kind {
		/** the input itself is wrong: 400 */
		INVALID,
		/** the thing asked for does not exist (or is outside the caller's scope): 404 */
		NOT_FOUND,
		/** the input is well-formed but a rule forbids the change: 409 */
		CONFLICT
	}

	/** A fault in one field, with a message key and its arguments. */
	public record FieldFault(String field, String messageKey, Object... args) {
	}

	private final Kind kind;
	private final String messageKey;
	private final transient Object[] args;
	private final transient List<FieldFault> faults;

	public DomainException(Kind kind, String messageKey, Object... args) {
		this(kind, messageKey, List.of(), args);
	}

	public DomainException(Kind kind, String messageKey, List<FieldFault> faults, Object... args) {
		super(messageKey);
		this.kind = kind;
		this.messageKey = messageKey;
		this.args = args;
		this.faults = List.copyOf(faults);
	}

	/** Not found: {@code what} is the record kind's message code (its name in the reader's language), the id as written. */
	public static DomainException notFound(String what, Object id) {
		return new DomainException(Kind.NOT_FOUND, "error.notFound",
				new DefaultMessageSourceResolvable(new String[] {what}, what), String.valueOf(id));
	}

	public static DomainException invalidField(String field, String messageKey, Object... args) {
		return new DomainException(Kind.INVALID, "error.invalid", List.of(new FieldFault(field, messageKey, args)));
	}

	public static DomainException invalid(List<FieldFault> faults) {
		return new DomainException(Kind.INVALID, "error.invalid", faults);
	}

	public static DomainException conflict(String messageKey, Object... args) {
		return new DomainException(Kind.CONFLICT, messageKey, args);
	}

	public Kind kind() {
		return kind;
	}

	public String messageKey() {
		return messageKey;
	}

	public Object[] args() {
		return args;
	}

	public List<FieldFault> faults() {
		return faults;
	}
}

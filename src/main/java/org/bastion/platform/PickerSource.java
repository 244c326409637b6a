package org.bastion.platform;

import java.util.List;
import java.util.Optional;

/**
 * A module's kind of record that forms choose with the one search picker ({@code docs/platform.md},
 * Pickers): a bean answering, in the caller's data scope (through {@code ScopeSql}, user text through
 * {@code SqlLike}), the records whose name matches a few typed characters. The platform knows the kinds
 * only by these beans.
 */
public interface PickerSource {

	/** The kind in the address, {@code /pick/{kind}}: e.g. {@code organization}. Unique. */
	String kind();

	/** The authority a caller needs to search this kind; without it the picker answers 403. */
	String authority();

	/**
	 * At most {@code limit} records in the caller's scope matching {@code text}, best first (exact and
	 * leading matches before the rest).
	 *
	 * @param only a kind-specific narrowing, e.g. a division level or an organization kind; null for none
	 */
	List<Pick> search(String text, String only, int limit);

	/** The record with this value in the caller's scope, to show a chosen value again; empty when unknown. */
	Optional<Pick> find(String value);

	/** A value that names a record by its numeric id, or empty when it is no number. */
	static Optional<Long> id(String value) {
		try {
			return Optional.of(Long.parseLong(value.strip()));
		}
		catch (NumberFormatException | NullPointerException ex) {
			return Optional.empty();
		}
	}
}

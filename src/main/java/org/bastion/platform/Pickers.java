package org.bastion.platform;

import java.util.List;

/**
 * The one search picker (选择器) for organizations, divisions, people and households: forms ask it for
 * a {@link PickerField} showing a chosen value by name, and {@code GET /pick/{kind}?q=} answers the
 * matches in the caller's data scope. Kinds come from the modules' {@link PickerSource} beans.
 */
public interface Pickers {

	/** How many matches a search answers at most. */
	int LIMIT = 20;

	/** A field of this kind named {@code name}, showing the record of {@code value} (if any, in scope) by name. */
	PickerField field(String kind, String name, Object value);

	/** The same, the matches narrowed by {@code only} (see {@link PickerSource#search}). */
	PickerField field(String kind, String name, Object value, String only);

	/** The matches for typed text, in the caller's scope; refused (403) without the kind's authority. */
	List<Pick> search(String kind, String text, String only);
}

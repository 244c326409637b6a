package org.bastion.platform;

/**
 * A form field filled with the picker, as a controller hands it to {@code fragments/picker :: picker}:
 * the hidden input's {@code name} and {@code value} (an id or a code), the visible {@code text} (the chosen
 * record's name, or empty), and the address the picker searches.
 */
public record PickerField(String kind, String name, String value, String text, String only) {

	public PickerField {
		value = value == null ? "" : value;
		text = text == null ? "" : text;
	}

	/** The picker's search address (the htmx fragment, and without scripts the plain search page). */
	public String searchUrl() {
		return "/pick/" + kind + (only == null || only.isBlank() ? "" : "?only=" + only);
	}

	/**
	 * The id of the picker's box: the field's name, so that an error summary's {@code #name} link leads to
	 * it; its parts' ids add {@code -text} and {@code -options}.
	 */
	public String id() {
		return name.replaceAll("[^A-Za-z0-9_-]", "-");
	}
}

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

	/** The element ids of the field's parts, derived from its name. */
	public String id() {
		return "pick-" + name.replaceAll("[^A-Za-z0-9_-]", "-");
	}
}

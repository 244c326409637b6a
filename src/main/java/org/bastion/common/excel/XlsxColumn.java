package org.bastion.common.excel;

import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * One column of an import template or an export: its Chinese header, a note for the clerk, whether
 * it must be filled, its width and, optionally, the fixed set of values it accepts.
 * <p>
 * Immutable; the fluent methods return a copy: {@code XlsxColumn.text("学历").required().oneOf("大学本科", "研究生")}.
 * {@link Type#TEXT} columns are formatted as text in templates and exports so that Excel keeps ID
 * numbers, codes and leading zeros exactly as typed.
 */
public final class XlsxColumn {

	/** What a column holds, which decides its cell format. */
	public enum Type {
		/** names, codes, ID and phone numbers: Excel text format ("@") */
		TEXT,
		/** quantities: Excel's general number format */
		NUMBER,
		/** calendar dates: a real Excel date shown as yyyy-mm-dd */
		DATE
	}

	private static final int MIN_WIDTH = 10;
	private static final int MAX_AUTO_WIDTH = 40;

	private final String header;
	private final Type type;
	private final String note;
	private final boolean required;
	private final int width;
	private final List<String> choices;

	private XlsxColumn(String header, Type type, String note, boolean required, int width, List<String> choices) {
		if (header == null || header.isBlank()) {
			throw new IllegalArgumentException("a column needs a header");
		}
		this.header = header.strip();
		this.type = Objects.requireNonNull(type);
		this.note = note == null ? "" : note.strip();
		this.required = required;
		this.width = width;
		this.choices = List.copyOf(choices);
	}

	public static XlsxColumn text(String header) {
		return new XlsxColumn(header, Type.TEXT, "", false, 0, List.of());
	}

	public static XlsxColumn number(String header) {
		return new XlsxColumn(header, Type.NUMBER, "", false, 0, List.of());
	}

	public static XlsxColumn date(String header) {
		return new XlsxColumn(header, Type.DATE, "", false, 0, List.of());
	}

	/** The column must be present in an upload and every data row must fill it. */
	public XlsxColumn required() {
		return new XlsxColumn(header, type, note, true, width, choices);
	}

	/** A hint shown in the template's notes row, e.g. {@code 18位，末位可为X}. */
	public XlsxColumn note(String text) {
		return new XlsxColumn(header, type, text, required, width, choices);
	}

	/** Width in characters, a Chinese character counting as two; 0 sizes the column from its header. */
	public XlsxColumn width(int characters) {
		if (characters < 0 || characters > 255) {
			throw new IllegalArgumentException("width must be 0..255 characters");
		}
		return new XlsxColumn(header, type, note, required, characters, choices);
	}

	/** The only values the column accepts; templates offer them as a dropdown list. */
	public XlsxColumn oneOf(String... values) {
		return oneOf(List.of(values));
	}

	/** The only values the column accepts, in the order the dropdown shows them. */
	public XlsxColumn oneOf(Collection<String> values) {
		return new XlsxColumn(header, type, note, required, width, List.copyOf(values));
	}

	public String header() {
		return header;
	}

	public Type type() {
		return type;
	}

	public String note() {
		return note;
	}

	public boolean isRequired() {
		return required;
	}

	public List<String> choices() {
		return choices;
	}

	/** The text of the notes row: the note if given, else the allowed values, else a date example. */
	public String notesText() {
		if (!note.isEmpty()) {
			return note;
		}
		if (!choices.isEmpty()) {
			return String.join("/", choices);
		}
		return type == Type.DATE ? "如 2024-01-05" : "";
	}

	/** The width in characters, sized from the header when none was given. */
	public int width() {
		if (width > 0) {
			return width;
		}
		int widest = displayWidth(header) + 4;
		for (String choice : choices) {
			widest = Math.max(widest, displayWidth(choice) + 4);
		}
		return Math.max(MIN_WIDTH, Math.min(MAX_AUTO_WIDTH, widest));
	}

	static int displayWidth(String text) {
		return text.codePoints().map(c -> c < 0x2E80 ? 1 : 2).sum();
	}

	@Override
	public String toString() {
		return header;
	}
}

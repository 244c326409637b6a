package org.bastion.common.scope;

/**
 * The one way to put user text into a {@code like} pattern: wildcards typed by a user match
 * themselves. Use with {@code like :param escape '\'} (PostgreSQL and H2 alike), e.g.
 * {@code params.put("name", SqlLike.contains(q))}.
 */
public final class SqlLike {

	private SqlLike() {
	}

	/** {@code text} with {@code \}, {@code %} and {@code _} escaped by a backslash. */
	public static String escape(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	/** A pattern matching values that contain {@code text}. */
	public static String contains(String text) {
		return "%" + escape(text) + "%";
	}

	/** A pattern matching values that start with {@code text}. */
	public static String startsWith(String text) {
		return escape(text) + "%";
	}
}

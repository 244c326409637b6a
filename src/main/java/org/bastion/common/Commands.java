package org.bastion.common;

import java.util.Set;

/**
 * The command-line commands the application runs instead of serving the web application.
 * Each command is a {@link Command} bean whose {@link Command#name()} is one of these.
 */
public final class Commands {

	public static final String IMPORT_DIVISIONS = "import-divisions";
	public static final String GENERATE_PROVINCE = "generate-province";

	private static final Set<String> NAMES = Set.of(IMPORT_DIVISIONS, GENERATE_PROVINCE);

	private Commands() {
	}

	public static boolean isCommand(String arg) {
		return NAMES.contains(arg);
	}
}

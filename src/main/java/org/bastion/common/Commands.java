package org.bastion.common;

import java.util.Set;

/**
 * The command-line commands the application runs instead of serving the web application.
 * Each command is a {@link Command} bean whose {@link Command#name()} is one of these.
 */
public final class Commands {

	public static final String IMPORT_DIVISIONS = "import-divisions";
	public static final String GENERATE_PROVINCE = "generate-province";
	public static final String VERIFY_AUDIT = "verify-audit";
	public static final String CREATE_ADMIN = "create-admin";
	public static final String RECOUNT_INDICATORS = "recount-indicators";

	private static final Set<String> NAMES = Set.of(IMPORT_DIVISIONS, GENERATE_PROVINCE, VERIFY_AUDIT, CREATE_ADMIN,
			RECOUNT_INDICATORS);

	private Commands() {
	}

	public static boolean isCommand(String arg) {
		return NAMES.contains(arg);
	}
}

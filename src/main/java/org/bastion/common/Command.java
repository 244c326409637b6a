package org.bastion.common;

import java.util.List;

/** A command-line command: runs once with its arguments and returns the process exit code. */
public interface Command {

	String name();

	/** One line per option, printed by {@code --help}. */
	String usage();

	int run(List<String> args) throws Exception;
}

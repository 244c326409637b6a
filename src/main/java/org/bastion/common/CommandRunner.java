package org.bastion.common;

import java.util.Arrays;
import java.util.List;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.stereotype.Component;

/** Runs the command named by the first argument, when there is one. */
@Component
class CommandRunner implements ApplicationRunner, ExitCodeGenerator {

	private final List<Command> commands;
	private int exitCode;

	CommandRunner(List<Command> commands) {
		this.commands = commands;
	}

	@Override
	public void run(ApplicationArguments arguments) throws Exception {
		String[] args = arguments.getSourceArgs();
		if (args.length == 0 || !Commands.isCommand(args[0])) {
			return;
		}
		Command command = commands.stream().filter(c -> c.name().equals(args[0])).findFirst()
				.orElseThrow(() -> new IllegalStateException("No command bean named " + args[0]));
		List<String> rest = Arrays.asList(args).subList(1, args.length);
		if (rest.contains("--help")) {
			System.out.println(command.name() + "\n" + command.usage());
			return;
		}
		exitCode = command.run(rest);
	}

	@Override
	public int getExitCode() {
		return exitCode;
	}
}

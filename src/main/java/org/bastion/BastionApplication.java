package org.bastion;

import java.util.Arrays;

import org.bastion.common.Commands;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableAsync;

/**
 * Bastion (堡垒): the platform a county Party organization department runs its grassroots programs on.
 *
 * <p>Started without arguments it serves the web application. Started with a command name as the
 * first argument (see {@link Commands}) it runs that command without a web server and exits.
 */
@SpringBootApplication
@Modulithic(sharedModules = "common")
@EnableAsync
public class BastionApplication {

	public static void main(String[] args) {
		SpringApplication app = new SpringApplication(BastionApplication.class);
		if (args.length > 0 && Commands.isCommand(args[0])) {
			app.setWebApplicationType(org.springframework.boot.WebApplicationType.NONE);
			app.setAdditionalProfiles("command");
			System.exit(SpringApplication.exit(app.run(args)));
		}
		app.run(args);
	}

	static String[] withoutFirst(String[] args) {
		return Arrays.copyOfRange(args, 1, args.length);
	}
}

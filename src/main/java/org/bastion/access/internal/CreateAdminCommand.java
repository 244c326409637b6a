package org.bastion.access.internal;

import java.io.Console;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.bastion.access.NewUser;
import org.bastion.access.Role;
import org.bastion.common.Command;
import org.bastion.common.CommandOptions;
import org.bastion.common.Commands;
import org.bastion.common.DomainException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * {@code create-admin --username NAME --display-name TEXT [--roles SECURITY_ADMIN] [--organization ID]}:
 * creates an administrator on an installation without users, e.g. the first ones on PostgreSQL (one
 * run for each separated administrator: their roles are never held together). The
 * password is read from {@code BASTION_NEW_ADMIN_PASSWORD} when set, otherwise typed twice at the
 * console (never an argument, which other users of the machine could read). Exit code 0 when
 * created, 1 when refused, 2 on a usage error. Recorded in the audit trail.
 */
@Component
class CreateAdminCommand implements Command {

	static final String PASSWORD_VARIABLE = "BASTION_NEW_ADMIN_PASSWORD";

	private final AccountService accounts;
	private final Supplier<String> passwords;

	@Autowired
	CreateAdminCommand(AccountService accounts) {
		this(accounts, CreateAdminCommand::password);
	}

	CreateAdminCommand(AccountService accounts, Supplier<String> passwords) {
		this.accounts = accounts;
		this.passwords = passwords;
	}

	@Override
	public String name() {
		return Commands.CREATE_ADMIN;
	}

	@Override
	public String usage() {
		return """
				  --username NAME        the new administrator's sign-in name
				  --display-name TEXT    their name as shown; default: the username
				  --roles R1,R2          default SYSTEM_ADMIN; any of %s (a separated administrator's role alone)
				  --organization ID      their organization (needed for business roles such as COUNTY_ADMIN)
				  password: from %s, else typed at the console""".formatted(List.of(Role.values()), PASSWORD_VARIABLE);
	}

	@Override
	public int run(List<String> args) {
		CommandOptions options = new CommandOptions(args);
		String username = options.value("username").orElse("");
		if (username.isBlank()) {
			System.err.println("--username is required; usage:\n" + usage());
			return 2;
		}
		Set<Role> roles = EnumSet.noneOf(Role.class);
		try {
			for (String r : options.value("roles").orElse(Role.SYSTEM_ADMIN.name()).split(",")) {
				roles.add(Role.valueOf(r.strip()));
			}
		}
		catch (IllegalArgumentException e) {
			System.err.println("unknown role; usage:\n" + usage());
			return 2;
		}
		String password = passwords.get();
		if (password == null) {
			System.err.println("no password: set " + PASSWORD_VARIABLE + " or run at a console");
			return 2;
		}
		Long organization = options.value("organization").map(Long::valueOf).orElse(null);
		try {
			accounts.create(new NewUser(username, options.value("display-name").orElse(username), null, organization, password, roles,
					Set.of(), false));
		}
		catch (DomainException e) {
			System.err.println("refused: " + e.faults().stream().map(f -> f.field() + " " + f.messageKey()).toList());
			return 1;
		}
		System.out.printf("created %s with %s%n", username, roles);
		return 0;
	}

	private static String password() {
		String variable = System.getenv(PASSWORD_VARIABLE);
		if (variable != null && !variable.isBlank()) {
			return variable;
		}
		Console console = System.console();
		if (console == null) {
			return null;
		}
		char[] first = console.readPassword("password: ");
		char[] second = console.readPassword("again: ");
		if (first == null || second == null || !new String(first).equals(new String(second))) {
			System.err.println("the passwords differ");
			return null;
		}
		return new String(first);
	}
}

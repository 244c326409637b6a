package org.bastion.access.internal;

import org.bastion.MovableClock;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.bastion.IntegrationTest;
import org.bastion.access.Role;
import org.bastion.access.UserView;
import org.bastion.organization.TreeFixture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

@IntegrationTest
@Import(MovableClock.Config.class)
class CreateAdminCommandTests {

	@Autowired
	AccountService accounts;

	@Test
	void createsAnAdministratorWhoNeedNotChangeTheirChosenPassword() {
		String name = AccessFixture.unique("sys");
		CreateAdminCommand command = new CreateAdminCommand(accounts, () -> "Chosen-Pass1");

		int exit = TreeFixture.asSystem(() -> command.run(List.of("--username", name, "--display-name", "王系统")));

		assertThat(exit).isZero();
		UserView created = accounts.find(name).orElseThrow();
		assertThat(created.roles()).containsExactly(Role.SYSTEM_ADMIN);
		assertThat(created.displayName()).isEqualTo("王系统");
		assertThat(created.mustChangePassword()).isFalse();
	}

	@Test
	void refusesATakenNameAWeakPasswordAndAnUnknownRole() {
		String name = AccessFixture.unique("sec");
		assertThat(TreeFixture.asSystem(() -> new CreateAdminCommand(accounts, () -> "Chosen-Pass1")
			.run(List.of("--username", name, "--roles", "SECURITY_ADMIN")))).isZero();

		assertThat(TreeFixture.asSystem(() -> new CreateAdminCommand(accounts, () -> "Chosen-Pass1")
			.run(List.of("--username", name)))).isEqualTo(1);
		assertThat(TreeFixture.asSystem(() -> new CreateAdminCommand(accounts, () -> "weak")
			.run(List.of("--username", AccessFixture.unique("weak"))))).isEqualTo(1);
		assertThat(new CreateAdminCommand(accounts, () -> "Chosen-Pass1")
			.run(List.of("--username", AccessFixture.unique("x"), "--roles", "KING"))).isEqualTo(2);
		assertThat(new CreateAdminCommand(accounts, () -> null).run(List.of("--username", AccessFixture.unique("x")))).isEqualTo(2);
		assertThat(TreeFixture.asSystem(() -> new CreateAdminCommand(accounts, () -> "Chosen-Pass1")
			.run(List.of("--username", AccessFixture.unique("county"), "--roles", "COUNTY_ADMIN")))).isEqualTo(1);
	}
}

package org.bastion.access.internal;

import org.bastion.MovableClock;
import org.bastion.access.UserView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Access tests about one fresh 乡镇管理员 of 安乐镇 ({@link #user}, with the fixture's password), on the
 * movable clock, which is set back after each test. The test class imports {@code MovableClock.Config}.
 */
abstract class TownshipAdministratorFixture extends AccessTestBase {

	@Autowired
	MovableClock clock;

	UserView user;

	@BeforeEach
	void aTownshipAdministrator() {
		user = fixture.townshipAdministrator();
	}

	@AfterEach
	void backToNow() {
		clock.reset();
	}
}

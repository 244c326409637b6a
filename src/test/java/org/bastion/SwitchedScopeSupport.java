package org.bastion;

import org.bastion.common.scope.DataScope;
import org.bastion.common.scope.DataScopes;
import org.junit.jupiter.api.AfterEach;
import org.springframework.test.context.bean.override.convention.TestBean;

/**
 * A test that switches the caller's data scope ({@link SwitchedDataScopes#scope}) to act as a user of
 * one township: the test double stands in for the access module's {@link DataScopes}, and the scope
 * is everything again after each test.
 */
public abstract class SwitchedScopeSupport {

	@TestBean(methodName = "org.bastion.SwitchedDataScopes#dataScopes")
	protected DataScopes dataScopes;

	@AfterEach
	void everythingAgainAfterTheTest() {
		SwitchedDataScopes.scope = DataScope::everything;
	}
}

package org.bastion;

import java.util.function.Supplier;

import org.bastion.common.scope.DataScope;
import org.bastion.common.scope.DataScopes;

/**
 * The caller's data scope as a test double, switched by each test (and reset after it) to act as a
 * user of one township; everything while the context starts and between tests. A test class puts it
 * in place with {@code @TestBean(methodName = "org.bastion.SwitchedDataScopes#dataScopes") DataScopes dataScopes;}.
 */
public final class SwitchedDataScopes {

	public static volatile Supplier<DataScope> scope = DataScope::everything;

	private SwitchedDataScopes() {
	}

	public static DataScopes dataScopes() {
		return () -> scope.get();
	}
}

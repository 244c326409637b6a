package org.bastion.people.internal;

import org.bastion.common.scope.DataScope;

/**
 * What is left of the module's own scope helper: the repositories take the {@link DataScope} and
 * apply it through {@link org.bastion.common.scope.ScopeSql}. {@code ScopeSql.of(scope)} remains
 * only for {@code PeopleImports}, which moves onto the long-work runner in parallel; delete this
 * once it passes the scope itself.
 */
@Deprecated(forRemoval = true)
final class ScopeSql {

	private ScopeSql() {
	}

	static DataScope of(DataScope scope) {
		return scope;
	}
}

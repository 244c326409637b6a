package org.bastion.common.scope;

/**
 * The data scope of whoever is acting now. Implemented by the access module; every module that
 * reads or writes records asks it where the data is read.
 *
 * <p>A signed-in user gets the subtrees of their organization (and any extra subtrees they were
 * given); outside any request — start-up, scheduled jobs, command-line commands — the system acts
 * with {@link DataScope#everything()}, unless a user's scope is pinned to the thread
 * ({@link ScopeBinding}, as long work does), which is then answered exactly; an anonymous web
 * request gets {@link DataScope#nothing()}.
 */
public interface DataScopes {

	DataScope current();
}

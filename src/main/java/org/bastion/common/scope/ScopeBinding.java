package org.bastion.common.scope;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * A data scope pinned to the current thread, for work that runs outside a request on behalf of a
 * user (long work, {@code docs/platform.md}): while it is pinned every {@link DataScopes} answers it
 * and nothing wider, although the thread is outside any request, where the system would otherwise
 * act with {@link DataScope#everything()}.
 */
public final class ScopeBinding {

	private static final ThreadLocal<DataScope> PINNED = new ThreadLocal<>();

	private ScopeBinding() {
	}

	/** Runs {@code work} with {@code scope} pinned to this thread, and unpins it afterwards. */
	public static <T> T callWith(DataScope scope, Supplier<T> work) {
		if (scope == null) {
			throw new IllegalArgumentException("a pinned scope is never null");
		}
		DataScope before = PINNED.get();
		PINNED.set(scope);
		try {
			return work.get();
		}
		finally {
			if (before == null) {
				PINNED.remove();
			}
			else {
				PINNED.set(before);
			}
		}
	}

	public static void runWith(DataScope scope, Runnable work) {
		callWith(scope, () -> {
			work.run();
			return null;
		});
	}

	/** The scope pinned to this thread, if any. */
	public static Optional<DataScope> pinned() {
		return Optional.ofNullable(PINNED.get());
	}
}

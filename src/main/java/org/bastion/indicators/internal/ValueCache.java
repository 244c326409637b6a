package org.bastion.indicators.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import org.bastion.common.Period;
import org.bastion.common.scope.DataScope;
import org.springframework.stereotype.Component;

/**
 * Values already computed, keyed by the fact store's version (every change of the facts raises it,
 * on any node, so a stale value is never answered), the caller's data scope, the part of the tree,
 * what was asked and the period. Least recently used entries go first.
 */
@Component
class ValueCache {

	static final int ENTRIES = 2_000;

	private record Key(long version, DataScope caller, DataScope subtree, long rootId, String what, Period period) {
	}

	private final Map<Key, Object> entries = new LinkedHashMap<>(256, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<Key, Object> eldest) {
			return size() > ENTRIES;
		}
	};

	@SuppressWarnings("unchecked")
	<T> T get(long version, Subtrees.Part part, String what, Period period, Supplier<T> compute) {
		Key key = new Key(version, part.caller(), part.subtree(), part.rootId(), what, period);
		synchronized (entries) {
			Object cached = entries.get(key);
			if (cached != null) {
				return (T) cached;
			}
		}
		T value = compute.get();
		synchronized (entries) {
			entries.put(key, value);
		}
		return value;
	}
}

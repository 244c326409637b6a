package org.bastion.indicators;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Collects the records a transaction changes and publishes one {@link IndicatorSourcesChanged} per
 * record type just before it commits, so that a bulk change (a solver's thousand confirmations, an
 * import) refreshes the facts once, not once per record. Outside a transaction it publishes at once.
 *
 * <pre>{@code
 * SourceChanges.changed(events, "pairing", id);     // in the store's write methods
 * }</pre>
 */
public final class SourceChanges {

	private SourceChanges() {
	}

	public static void changed(ApplicationEventPublisher events, String recordType, long id) {
		changed(events, recordType, Set.of(id));
	}

	public static void changed(ApplicationEventPublisher events, String recordType, Collection<Long> ids) {
		if (ids.isEmpty()) {
			return;
		}
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			events.publishEvent(IndicatorSourcesChanged.of(recordType, ids));
			return;
		}
		Pending pending = (Pending) TransactionSynchronizationManager.getResource(Pending.class);
		if (pending == null) {
			pending = new Pending(events);
			TransactionSynchronizationManager.bindResource(Pending.class, pending);
			TransactionSynchronizationManager.registerSynchronization(pending);
		}
		pending.ids.computeIfAbsent(recordType, t -> new LinkedHashSet<>()).addAll(ids);
	}

	private static final class Pending implements TransactionSynchronization {

		private final ApplicationEventPublisher events;
		private final Map<String, Set<Long>> ids = new LinkedHashMap<>();

		Pending(ApplicationEventPublisher events) {
			this.events = events;
		}

		@Override
		public void beforeCommit(boolean readOnly) {
			TransactionSynchronizationManager.unbindResourceIfPossible(Pending.class);
			ids.forEach((type, changed) -> events.publishEvent(IndicatorSourcesChanged.of(type, changed)));
			ids.clear();
		}

		@Override
		public void afterCompletion(int status) {
			TransactionSynchronizationManager.unbindResourceIfPossible(Pending.class);
		}
	}
}

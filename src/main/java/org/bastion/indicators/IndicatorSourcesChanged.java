package org.bastion.indicators;

import java.util.Collection;
import java.util.Set;

/**
 * Published (Spring {@code ApplicationEventPublisher}, inside the changing transaction) by an owning
 * module when records that facts come from were created, changed or deleted. After the transaction
 * commits the engine asks the providers for those records' facts and replaces the kept ones; the
 * event publication registry redelivers it after a crash.
 */
public record IndicatorSourcesChanged(String recordType, Set<Long> ids) {

	public IndicatorSourcesChanged {
		ids = Set.copyOf(ids);
	}

	public static IndicatorSourcesChanged of(String recordType, Collection<Long> ids) {
		return new IndicatorSourcesChanged(recordType, Set.copyOf(ids));
	}

	public static IndicatorSourcesChanged of(String recordType, long id) {
		return new IndicatorSourcesChanged(recordType, Set.of(id));
	}
}

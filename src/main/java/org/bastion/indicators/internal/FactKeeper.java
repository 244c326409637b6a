package org.bastion.indicators.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.bastion.indicators.IndicatorFact;
import org.bastion.indicators.IndicatorProvider;
import org.bastion.indicators.IndicatorSourcesChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps {@code indicator_fact} equal to what the providers say: after a change commits, the facts
 * of the changed records are read again from their providers and replace the kept ones (a refresh
 * that fails is logged and marks the store for a full recount at the next start); a full recount compares
 * every kept fact with the providers' and, unless only checking, repairs the indicators that
 * differ. The first start of an installation recounts in full (the table starts empty).
 */
@Component
class FactKeeper {

	private static final Logger log = LoggerFactory.getLogger(FactKeeper.class);

	private final IndicatorCatalog catalog;
	private final FactStore store;
	private final Clock clock;

	FactKeeper(IndicatorCatalog catalog, FactStore store, Clock clock) {
		this.catalog = catalog;
		this.store = store;
		this.clock = clock;
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void on(IndicatorSourcesChanged changed) {
		try {
			refresh(changed.recordType(), changed.ids());
		}
		catch (RuntimeException failed) {
			// the change itself is committed: never fail it; the next start recounts in full
			log.error("Indicator facts of {} {} not refreshed; marked for a full recount at the next start "
					+ "(or run recount-indicators)", changed.recordType(), changed.ids(), failed);
			store.markForRecount();
		}
	}

	void refresh(String recordType, Set<Long> ids) {
		if (ids.isEmpty()) {
			return;
		}
		List<IndicatorFact> facts = new ArrayList<>();
		for (IndicatorProvider provider : catalog.providers()) {
			try (Stream<IndicatorFact> of = provider.factsOf(recordType, ids)) {
				of.filter(f -> f.recordType().equals(recordType) && ids.contains(f.recordId()))
					.map(f -> catalog.checked(provider, f))
					.forEach(facts::add);
			}
		}
		store.replace(recordType, ids, facts);
	}

	@EventListener(ApplicationReadyEvent.class)
	@Transactional
	public void fillOnFirstStart() {
		if (!store.everRecounted()) {
			Recount result = recount(false);
			log.info("Indicator facts counted in full on the first start: {} facts in {} ms", result.recounted(), result.millis());
		}
	}

	/**
	 * Recounts every fact from the providers and compares with the kept ones; unless {@code checkOnly},
	 * the indicators that differ get the recounted facts. Runs in the caller's transaction.
	 */
	@Transactional
	public Recount recount(boolean checkOnly) {
		long started = System.currentTimeMillis();
		store.clear(FactStore.RECOUNT);
		long recounted = 0;
		for (IndicatorProvider provider : catalog.providers()) {
			try (Stream<IndicatorFact> all = provider.facts()) {
				recounted += store.insert(FactStore.RECOUNT, all.map(f -> catalog.checked(provider, f)));
			}
		}
		Set<String> differing = new TreeSet<>();
		List<FactStore.CodeCount> missing = store.missingFrom(FactStore.FACT, FactStore.RECOUNT);
		List<FactStore.CodeCount> extra = store.missingFrom(FactStore.RECOUNT, FactStore.FACT);
		missing.forEach(c -> differing.add(c.code()));
		extra.forEach(c -> differing.add(c.code()));
		var kept = store.countsByCode(FactStore.FACT);
		var fresh = store.countsByCode(FactStore.RECOUNT);
		Set<String> codes = new TreeSet<>(kept.keySet());
		codes.addAll(fresh.keySet());
		codes.stream().filter(c -> !kept.getOrDefault(c, 0L).equals(fresh.getOrDefault(c, 0L))).forEach(differing::add);
		long keptTotal = kept.values().stream().mapToLong(Long::longValue).sum();
		if (!checkOnly) {
			store.adoptRecount(differing);
			store.recounted(clock.instant());
		}
		store.clear(FactStore.RECOUNT);
		return new Recount(keptTotal, recounted, missing, extra, List.copyOf(differing), !checkOnly,
				System.currentTimeMillis() - started);
	}

	/**
	 * A recount's outcome.
	 *
	 * @param missing facts the providers give that were not kept, by indicator
	 * @param extra kept facts the providers no longer give, by indicator
	 * @param differing every indicator whose kept facts differ (also by duplicates)
	 * @param repaired whether the differing indicators now hold the recounted facts
	 */
	record Recount(long kept, long recounted, List<FactStore.CodeCount> missing, List<FactStore.CodeCount> extra,
			List<String> differing, boolean repaired, long millis) {

		public boolean agrees() {
			return differing.isEmpty();
		}
	}
}

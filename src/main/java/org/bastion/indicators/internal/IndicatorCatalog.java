package org.bastion.indicators.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.bastion.common.DomainException;
import org.bastion.indicators.IndicatorDefinition;
import org.bastion.indicators.IndicatorFact;
import org.bastion.indicators.IndicatorProvider;
import org.bastion.indicators.ReportSentence;
import org.springframework.stereotype.Component;

/**
 * Every indicator the providers define, checked once at start: codes unique across providers, a
 * ratio's numerator and denominator defined and not ratios themselves.
 */
@Component
class IndicatorCatalog {

	private static final Comparator<IndicatorDefinition> ORDER = Comparator.comparing(IndicatorDefinition::module)
		.thenComparingInt(IndicatorDefinition::order)
		.thenComparing(IndicatorDefinition::code);

	private final List<IndicatorProvider> providers;
	private final Map<String, IndicatorDefinition> definitions = new LinkedHashMap<>();
	private final Map<String, IndicatorProvider> owners = new LinkedHashMap<>();

	IndicatorCatalog(org.springframework.beans.factory.ObjectProvider<IndicatorProvider> found) {
		this.providers = found.orderedStream().toList();
		List<IndicatorDefinition> all = new ArrayList<>();
		for (IndicatorProvider provider : providers) {
			for (IndicatorDefinition d : provider.definitions()) {
				if (owners.putIfAbsent(d.code(), provider) != null) {
					throw new IllegalStateException("indicator " + d.code() + " is defined twice");
				}
				all.add(d);
			}
		}
		all.sort(ORDER);
		all.forEach(d -> definitions.put(d.code(), d));
		for (IndicatorDefinition d : all) {
			if (d.kind() == org.bastion.indicators.IndicatorKind.RATIO) {
				for (String part : List.of(d.numerator(), d.denominator())) {
					IndicatorDefinition base = definitions.get(part);
					if (base == null || !base.hasFacts()) {
						throw new IllegalStateException("ratio " + d.code() + " names " + part + ", which is no counted indicator");
					}
				}
			}
		}
	}

	List<IndicatorProvider> providers() {
		return providers;
	}

	List<IndicatorDefinition> all() {
		return List.copyOf(definitions.values());
	}

	Optional<IndicatorDefinition> find(String code) {
		return Optional.ofNullable(definitions.get(code));
	}

	IndicatorDefinition get(String code) {
		return find(code).orElseThrow(() -> DomainException.notFound("indicator", code));
	}

	/** Refuses a fact of an indicator its provider does not own (a provider's mistake, not a user's). */
	IndicatorFact checked(IndicatorProvider provider, IndicatorFact fact) {
		IndicatorDefinition d = definitions.get(fact.code());
		if (d == null || owners.get(fact.code()) != provider || !d.hasFacts()) {
			throw new IllegalStateException("a fact of " + fact.code() + " from " + provider.getClass().getSimpleName()
					+ ", which does not own a counted indicator of that code");
		}
		return fact;
	}

	List<ReportSentence> sentences() {
		return providers.stream()
			.flatMap(p -> p.sentences().stream())
			.sorted(Comparator.comparing(ReportSentence::module).thenComparingInt(ReportSentence::order))
			.toList();
	}
}

package org.bastion.indicators;

import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;

/**
 * What an owning module implements (as a bean) to contribute indicators. The engine asks for every
 * fact at a full recount, and for the facts of changed records after an
 * {@link IndicatorSourcesChanged}. Both answers are computed from the module's records as they are
 * now, unscoped (the engine applies each reader's scope), and must agree: the facts of a record
 * from {@link #factsOf} are exactly those {@link #facts} gives for it.
 */
public interface IndicatorProvider {

	/** The indicators this module owns. Codes are unique across all providers. */
	List<IndicatorDefinition> definitions();

	/** Every fact of this module's indicators, for a full recount (streamed; the engine closes it). */
	Stream<IndicatorFact> facts();

	/**
	 * The facts of these records now (none for a deleted record, none for a record type this module
	 * does not know); the engine replaces all kept facts of the records with them, keeping only facts of
	 * this record type and these ids (a provider may answer more, e.g. every fact of the rows it read).
	 */
	Stream<IndicatorFact> factsOf(String recordType, Collection<Long> ids);

	/** The work report's sentences carrying this module's figures; none by default. */
	default List<ReportSentence> sentences() {
		return List.of();
	}
}

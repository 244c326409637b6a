package org.bastion.indicators;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One record as an indicator counts it, described by the owning module and kept by the engine in
 * its own table.
 *
 * @param code the indicator
 * @param recordType with {@code recordId}: the record this fact comes from; all facts of a record
 * are replaced together when the record changes ({@link IndicatorSourcesChanged})
 * @param places one or two places (e.g. both sides of a pairing: the organ branch and the village);
 * the first is the owner, shown in the drill-down. The fact is in scope when any place is.
 * @param from the first day the fact holds (an event: its day)
 * @param to the last day it holds, null while open. A DISTINCT_COUNT or SUM counts facts whose
 * interval overlaps the period; a STOCK counts those that hold on the period's last day.
 * @param distinctKey what is counted once, e.g. {@code person:123} for a cadre in several pairings;
 * use {@link #key(String, long)}. Facts sharing a key show as one drill-down line.
 * @param amount for a SUM, the amount (yuan with fen); else null
 * @param label what the drill-down shows for it
 */
public record IndicatorFact(String code, String recordType, long recordId, List<IndicatorPlace> places, LocalDate from,
		LocalDate to, String distinctKey, BigDecimal amount, IndicatorRecord label) {

	public IndicatorFact {
		Objects.requireNonNull(code, "code");
		Objects.requireNonNull(recordType, "recordType");
		places = List.copyOf(places);
		if (places.isEmpty() || places.size() > 2) {
			throw new IllegalArgumentException("a fact has one or two places, not " + places.size());
		}
		Objects.requireNonNull(from, "from");
		if (to != null && to.isBefore(from)) {
			throw new IllegalArgumentException("fact " + code + " " + recordType + ":" + recordId + " ends before it starts");
		}
		distinctKey = distinctKey == null ? key(recordType, recordId) : distinctKey;
		Objects.requireNonNull(label, "label");
	}

	/** The usual distinct key: {@code type:id}. */
	public static String key(String type, long id) {
		return type + ":" + id;
	}

	/** A fact counted once per record, valid {@code from}–{@code to}, in one place. */
	public static IndicatorFact of(String code, IndicatorPlace place, LocalDate from, LocalDate to, IndicatorRecord label) {
		return new IndicatorFact(code, label.recordType(), label.recordId(), List.of(place), from, to, null, null, label);
	}

	public IndicatorFact countedAs(String key) {
		return new IndicatorFact(code, recordType, recordId, places, from, to, key, amount, label);
	}

	public IndicatorFact withAmount(BigDecimal value) {
		return new IndicatorFact(code, recordType, recordId, places, from, to, distinctKey, value, label);
	}

	public IndicatorFact alsoIn(IndicatorPlace other) {
		return new IndicatorFact(code, recordType, recordId, List.of(places.get(0), other), from, to, distinctKey, amount, label);
	}
}

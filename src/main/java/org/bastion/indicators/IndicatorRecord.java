package org.bastion.indicators;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One line of a drill-down: the record a value counts, as its owning module describes it. Shown as
 * it is, so it carries no raw personal numbers (ID numbers, phones are masked or left out).
 *
 * @param recordType the kind of record, e.g. {@code pairing}, {@code reserve_class}
 * @param recordId its id in the owning module
 * @param title e.g. the cadre's or the village's name
 * @param subtitle e.g. "结对 3 户" or the class's name; may be null
 * @param organizationName the owner organization's name; may be null
 * @param from the first day of the record's validity (an event's day)
 * @param to its last day, or null when it is still open
 * @param amount for a sum, the record's amount; else null
 * @param link the record's page, e.g. {@code /pairings/12}; may be null
 */
public record IndicatorRecord(String recordType, long recordId, String title, String subtitle, String organizationName,
		LocalDate from, LocalDate to, BigDecimal amount, String link) {
}

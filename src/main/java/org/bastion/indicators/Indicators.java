package org.bastion.indicators;

import java.io.IOException;
import java.io.OutputStream;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.bastion.common.PageRequest;
import org.bastion.common.PageResult;
import org.bastion.common.Period;

/**
 * The read side of the engine. Every read requires {@code indicator:read} and stays within the
 * caller's data scope: {@code scopeOrganizationId} names the root of a subtree (null = the caller's
 * whole scope, i.e. their topmost organization); a root outside the caller's scope is not found
 * (404), and the subtree counts only the records the caller may see (subtree ∩ data scope, through
 * the one {@code ScopeSql}). An unknown code is not found.
 */
public interface Indicators {

	/** Every indicator, by module and order. Needs no scope. */
	List<IndicatorDefinition> definitions();

	Optional<IndicatorDefinition> definition(String code);

	/** The report sentences of every provider, by module and order. */
	List<ReportSentence> sentences();

	IndicatorValue value(String code, Long scopeOrganizationId, Period period);

	/** Every indicator's value, in the order of {@link #definitions()}. */
	List<IndicatorValue> values(Long scopeOrganizationId, Period period);

	/**
	 * The value in each live child organization of the scope's root that the caller may see, by
	 * name; each computed on its own (never a share of the parent's distinct count).
	 */
	List<IndicatorShare> breakdown(String code, Long scopeOrganizationId, Period period);

	/**
	 * The value in each month of {@code from}–{@code to} (each month its own period; a stock as of the
	 * month's last day).
	 */
	List<IndicatorValue> history(String code, Long scopeOrganizationId, YearMonth from, YearMonth to);

	/**
	 * The records behind the value, by date then title: for a count one line per distinct record, so
	 * that {@code total} equals the value; for a sum the records whose amounts add up to it; for a
	 * ratio the numerator's records.
	 */
	PageResult<IndicatorRecord> records(String code, Long scopeOrganizationId, Period period, PageRequest page);

	/** The same records, all of them, as an Excel workbook (requires {@code data:export} too). */
	void exportRecords(String code, Long scopeOrganizationId, Period period, Locale locale, OutputStream out)
			throws IOException;
}

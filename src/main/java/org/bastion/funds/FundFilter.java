package org.bastion.funds;

import java.time.LocalDate;

/**
 * Which entries a list shows; every part optional.
 *
 * @param q part of the purpose
 * @param villageCode a division code prefix
 * @param recordType with {@code recordId}: the entries of one record
 * @param from with {@code to}: entries paid on these days (both included)
 */
public record FundFilter(String q, FundKind kind, String villageCode, String recordType, Long recordId, LocalDate from,
		LocalDate to) {

	public static FundFilter all() {
		return new FundFilter(null, null, null, null, null, null, null);
	}
}

package org.bastion.funds;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One ledger entry as readers see it. */
public record FundEntryView(long id, FundKind kind, BigDecimal amountYuan, String purpose, Long payerOrganizationId,
		String payerName, Long payeeOrganizationId, String payeeName, LocalDate paidOn, String villageCode, String recordType,
		Long recordId, String note, long version) {

	public FundEntryData data() {
		return new FundEntryData(kind, amountYuan, purpose, payerOrganizationId, payerName, payeeOrganizationId, payeeName, paidOn,
				villageCode, recordType, recordId, note);
	}
}

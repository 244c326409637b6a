package org.bastion.funds.web;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.bastion.funds.FundEntryData;
import org.bastion.funds.FundKind;

/** A ledger entry as an API client writes it; {@code version} is required for a change. */
record FundRequest(FundKind kind, BigDecimal amountYuan, String purpose, Long payerOrganizationId, String payerName,
		Long payeeOrganizationId, String payeeName, LocalDate paidOn, String villageCode, String recordType, Long recordId,
		String note, Long version) {

	FundEntryData toData() {
		return new FundEntryData(kind, amountYuan, purpose, payerOrganizationId, payerName, payeeOrganizationId, payeeName, paidOn,
				villageCode == null || villageCode.isBlank() ? null : villageCode.strip(), recordType, recordId, note);
	}
}

package org.bastion.funds;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What is written about one payment.
 *
 * @param amountYuan more than zero, at most two decimals
 * @param payerOrganizationId the paying organization of the tree; null for an outside payer named in {@code payerName}
 * @param payeeOrganizationId the receiving organization; null for an outside payee named in {@code payeeName}
 * @param villageCode the village-level division the money went to, optional
 * @param recordType with {@code recordId} the record the payment belongs to (e.g. {@code "pairing"}), optional
 */
public record FundEntryData(FundKind kind, BigDecimal amountYuan, String purpose, Long payerOrganizationId, String payerName,
		Long payeeOrganizationId, String payeeName, LocalDate paidOn, String villageCode, String recordType, Long recordId,
		String note) {
}

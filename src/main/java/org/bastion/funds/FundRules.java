package org.bastion.funds;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.bastion.common.DomainException;
import org.bastion.common.DomainException.FieldFault;
import org.bastion.geography.Division;
import org.bastion.geography.DivisionLevel;
import org.bastion.geography.Divisions;
import org.bastion.organization.Organizations;
import org.springframework.stereotype.Component;

/** What a ledger entry must be: a positive amount in fen, a purpose, a day, a known payer or payee organization. */
@Component
class FundRules {

	static final int TEXT_MAX = 200;
	static final int NOTE_MAX = 1000;
	static final BigDecimal AMOUNT_MAX = new BigDecimal("99999999999999.99");

	private final Divisions divisions;
	private final Organizations organizations;

	FundRules(Divisions divisions, Organizations organizations) {
		this.divisions = divisions;
		this.organizations = organizations;
	}

	void check(FundEntryData d) {
		List<FieldFault> faults = faults(d);
		if (!faults.isEmpty()) {
			throw DomainException.invalid(faults);
		}
	}

	/** What is wrong with the data, field by field; empty when nothing is. */
	List<FieldFault> faults(FundEntryData d) {
		List<FieldFault> faults = new ArrayList<>();
		if (d.kind() == null) {
			faults.add(new FieldFault("kind", "funds.error.choose"));
		}
		if (d.amountYuan() == null) {
			faults.add(new FieldFault("amountYuan", "error.notBlank"));
		}
		else if (d.amountYuan().signum() <= 0) {
			faults.add(new FieldFault("amountYuan", "funds.error.positive"));
		}
		else if (d.amountYuan().stripTrailingZeros().scale() > 2 || d.amountYuan().compareTo(AMOUNT_MAX) > 0) {
			faults.add(new FieldFault("amountYuan", "funds.error.amount"));
		}
		text(d.purpose(), "purpose", true, TEXT_MAX, faults);
		text(d.payerName(), "payerName", false, TEXT_MAX, faults);
		text(d.payeeName(), "payeeName", false, TEXT_MAX, faults);
		text(d.note(), "note", false, NOTE_MAX, faults);
		if (d.payerOrganizationId() == null && d.payeeOrganizationId() == null) {
			faults.add(new FieldFault("payeeOrganizationId", "funds.error.party"));
		}
		organization(d.payerOrganizationId(), "payerOrganizationId", faults);
		organization(d.payeeOrganizationId(), "payeeOrganizationId", faults);
		if (d.paidOn() == null) {
			faults.add(new FieldFault("paidOn", "error.notBlank"));
		}
		if (d.villageCode() != null) {
			Division village = divisions.find(d.villageCode()).orElse(null);
			if (village == null || village.level() != DivisionLevel.VILLAGE) {
				faults.add(new FieldFault("villageCode", "funds.error.notVillage"));
			}
		}
		if ((d.recordType() == null) != (d.recordId() == null)) {
			faults.add(new FieldFault("recordId", "funds.error.record"));
		}
		return faults;
	}

	private void organization(Long id, String field, List<FieldFault> faults) {
		if (id != null && organizations.find(id).isEmpty()) {
			faults.add(new FieldFault(field, "funds.error.noOrganization"));
		}
	}

	private static void text(String value, String field, boolean required, int max, List<FieldFault> faults) {
		if (value == null || value.isBlank()) {
			if (required) {
				faults.add(new FieldFault(field, "error.notBlank"));
			}
		}
		else if (value.strip().length() > max) {
			faults.add(new FieldFault(field, "funds.error.tooLong", max));
		}
	}
}

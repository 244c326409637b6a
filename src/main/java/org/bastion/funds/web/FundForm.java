package org.bastion.funds.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.bastion.funds.FundEntryData;
import org.bastion.funds.FundEntryView;
import org.bastion.funds.FundKind;
import org.springframework.validation.BindingResult;

/** The ledger entry form, all text, so that whatever was typed comes back unchanged when it is refused. */
public class FundForm {

	private String kind;
	private String amountYuan;
	private String purpose;
	private String payerOrganizationId;
	private String payerName;
	private String payeeOrganizationId;
	private String payeeName;
	private String paidOn;
	private String villageCode;
	private String note;
	private Long version;

	static FundForm of(FundEntryView e) {
		FundForm form = new FundForm();
		form.kind = e.kind().name();
		form.amountYuan = e.amountYuan().toPlainString();
		form.purpose = e.purpose();
		form.payerOrganizationId = e.payerOrganizationId() == null ? null : e.payerOrganizationId().toString();
		form.payerName = e.payerName();
		form.payeeOrganizationId = e.payeeOrganizationId() == null ? null : e.payeeOrganizationId().toString();
		form.payeeName = e.payeeName();
		form.paidOn = e.paidOn().toString();
		form.villageCode = e.villageCode();
		form.note = e.note();
		form.version = e.version();
		return form;
	}

	/** What the form says; fields that cannot be read are rejected on {@code errors} and left null. */
	FundEntryData toData(BindingResult errors, FundEntryView existing) {
		FundKind k = null;
		if (!blank(kind)) {
			try {
				k = FundKind.valueOf(kind.strip());
			}
			catch (IllegalArgumentException ex) {
				errors.rejectValue("kind", "funds.error.choose");
			}
		}
		return new FundEntryData(k, amount(errors), purpose, id(payerOrganizationId, "payerOrganizationId", errors), payerName,
				id(payeeOrganizationId, "payeeOrganizationId", errors), payeeName, date(errors),
				blank(villageCode) ? null : villageCode.strip(), existing == null ? null : existing.recordType(),
				existing == null ? null : existing.recordId(), note);
	}

	private static boolean blank(String s) {
		return s == null || s.isBlank();
	}

	private BigDecimal amount(BindingResult errors) {
		if (blank(amountYuan)) {
			return null;
		}
		try {
			return new BigDecimal(amountYuan.strip().replace(",", "").replace("，", ""));
		}
		catch (NumberFormatException ex) {
			errors.rejectValue("amountYuan", "funds.error.amount");
			return null;
		}
	}

	private static Long id(String value, String field, BindingResult errors) {
		if (blank(value)) {
			return null;
		}
		try {
			return Long.valueOf(value.strip());
		}
		catch (NumberFormatException ex) {
			errors.rejectValue(field, "funds.error.choose");
			return null;
		}
	}

	private LocalDate date(BindingResult errors) {
		if (blank(paidOn)) {
			return null;
		}
		try {
			return LocalDate.parse(paidOn.strip());
		}
		catch (DateTimeParseException ex) {
			errors.rejectValue("paidOn", "funds.error.date");
			return null;
		}
	}

	public String getKind() {
		return kind;
	}

	public void setKind(String kind) {
		this.kind = kind;
	}

	public String getAmountYuan() {
		return amountYuan;
	}

	public void setAmountYuan(String amountYuan) {
		this.amountYuan = amountYuan;
	}

	public String getPurpose() {
		return purpose;
	}

	public void setPurpose(String purpose) {
		this.purpose = purpose;
	}

	public String getPayerOrganizationId() {
		return payerOrganizationId;
	}

	public void setPayerOrganizationId(String payerOrganizationId) {
		this.payerOrganizationId = payerOrganizationId;
	}

	public String getPayerName() {
		return payerName;
	}

	public void setPayerName(String payerName) {
		this.payerName = payerName;
	}

	public String getPayeeOrganizationId() {
		return payeeOrganizationId;
	}

	public void setPayeeOrganizationId(String payeeOrganizationId) {
		this.payeeOrganizationId = payeeOrganizationId;
	}

	public String getPayeeName() {
		return payeeName;
	}

	public void setPayeeName(String payeeName) {
		this.payeeName = payeeName;
	}

	public String getPaidOn() {
		return paidOn;
	}

	public void setPaidOn(String paidOn) {
		this.paidOn = paidOn;
	}

	public String getVillageCode() {
		return villageCode;
	}

	public void setVillageCode(String villageCode) {
		this.villageCode = villageCode;
	}

	public String getNote() {
		return note;
	}

	public void setNote(String note) {
		this.note = note;
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}
}

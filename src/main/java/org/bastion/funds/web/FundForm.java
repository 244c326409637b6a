package org.bastion.funds.web;

import org.bastion.common.web.FormValues;
import org.bastion.funds.FundEntryData;
import org.bastion.funds.FundEntryView;
import org.bastion.funds.FundKind;
import org.springframework.validation.BindingResult;

/** The ledger entry form, all text, so that whatever was typed comes back unchanged when it is refused. */
public class FundForm {

	private static final String CHOOSE = "funds.error.choose";

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
	private String recordType;
	private Long recordId;
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
		return new FundEntryData(FormValues.choice(FundKind.class, kind, "kind", CHOOSE, errors),
				FormValues.amount(amountYuan, "amountYuan", "funds.error.amount", errors), purpose,
				FormValues.id(payerOrganizationId, "payerOrganizationId", CHOOSE, errors), payerName,
				FormValues.id(payeeOrganizationId, "payeeOrganizationId", CHOOSE, errors), payeeName,
				FormValues.date(paidOn, "paidOn", "funds.error.date", errors), FormValues.blank(villageCode) ? null : villageCode.strip(),
				existing == null ? (FormValues.blank(recordType) ? null : recordType.strip()) : existing.recordType(),
				existing == null ? recordId : existing.recordId(), note);
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

	public String getRecordType() {
		return recordType;
	}

	public void setRecordType(String recordType) {
		this.recordType = recordType;
	}

	public Long getRecordId() {
		return recordId;
	}

	public void setRecordId(Long recordId) {
		this.recordId = recordId;
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}
}

package org.bastion.project.web;

import org.bastion.common.web.FormValues;
import org.bastion.project.ProjectData;
import org.bastion.project.ProjectKind;
import org.bastion.project.ProjectStatus;
import org.bastion.project.ProjectView;
import org.springframework.validation.BindingResult;

/** The project form, all text, so that whatever was typed comes back unchanged when it is refused. */
public class ProjectForm {

	private static final String CHOOSE = "project.error.choose";
	private static final String DATE = "project.error.date";
	private static final String AMOUNT = "project.error.amount";

	private String kind;
	private String name;
	private String villageCode;
	private String ownerOrganizationId;
	private String startsOn;
	private String endsOn;
	private String status;
	private String investmentYuan;
	private String yearlyIncomeGainYuan;
	private String description;
	private String recordType;
	private Long recordId;
	private Long version;

	static ProjectForm of(ProjectView p) {
		ProjectForm form = new ProjectForm();
		form.kind = p.kind().name();
		form.name = p.name();
		form.villageCode = p.villageCode();
		form.ownerOrganizationId = Long.toString(p.ownerOrganizationId());
		form.startsOn = p.startsOn().toString();
		form.endsOn = p.endsOn() == null ? null : p.endsOn().toString();
		form.status = p.status().name();
		form.investmentYuan = p.investmentYuan() == null ? null : p.investmentYuan().toPlainString();
		form.yearlyIncomeGainYuan = p.yearlyIncomeGainYuan() == null ? null : p.yearlyIncomeGainYuan().toPlainString();
		form.description = p.description();
		form.version = p.version();
		return form;
	}

	/** What the form says; fields that cannot be read are rejected on {@code errors} and left null. */
	ProjectData toData(BindingResult errors, ProjectView existing) {
		return new ProjectData(FormValues.choice(ProjectKind.class, kind, "kind", CHOOSE, errors), name,
				FormValues.blank(villageCode) ? null : villageCode.strip(),
				FormValues.id(ownerOrganizationId, "ownerOrganizationId", CHOOSE, errors),
				FormValues.date(startsOn, "startsOn", DATE, errors), FormValues.date(endsOn, "endsOn", DATE, errors),
				FormValues.choice(ProjectStatus.class, status, "status", CHOOSE, errors),
				FormValues.amount(investmentYuan, "investmentYuan", AMOUNT, errors),
				FormValues.amount(yearlyIncomeGainYuan, "yearlyIncomeGainYuan", AMOUNT, errors), existing == null ? (FormValues.blank(recordType) ? null : recordType.strip()) : existing.recordType(),
				existing == null ? recordId : existing.recordId(), description);
	}

	public String getKind() {
		return kind;
	}

	public void setKind(String kind) {
		this.kind = kind;
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getVillageCode() {
		return villageCode;
	}

	public void setVillageCode(String villageCode) {
		this.villageCode = villageCode;
	}

	public String getOwnerOrganizationId() {
		return ownerOrganizationId;
	}

	public void setOwnerOrganizationId(String ownerOrganizationId) {
		this.ownerOrganizationId = ownerOrganizationId;
	}

	public String getStartsOn() {
		return startsOn;
	}

	public void setStartsOn(String startsOn) {
		this.startsOn = startsOn;
	}

	public String getEndsOn() {
		return endsOn;
	}

	public void setEndsOn(String endsOn) {
		this.endsOn = endsOn;
	}

	public String getStatus() {
		return status;
	}

	public void setStatus(String status) {
		this.status = status;
	}

	public String getInvestmentYuan() {
		return investmentYuan;
	}

	public void setInvestmentYuan(String investmentYuan) {
		this.investmentYuan = investmentYuan;
	}

	public String getYearlyIncomeGainYuan() {
		return yearlyIncomeGainYuan;
	}

	public void setYearlyIncomeGainYuan(String yearlyIncomeGainYuan) {
		this.yearlyIncomeGainYuan = yearlyIncomeGainYuan;
	}

	public String getDescription() {
		return description;
	}

	public void setDescription(String description) {
		this.description = description;
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

package org.bastion.project.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.bastion.project.ProjectData;
import org.bastion.project.ProjectKind;
import org.bastion.project.ProjectStatus;
import org.bastion.project.ProjectView;
import org.springframework.validation.BindingResult;

/** The project form, all text, so that whatever was typed comes back unchanged when it is refused. */
public class ProjectForm {

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
		return new ProjectData(choice(ProjectKind.class, kind, "kind", errors), name, blank(villageCode) ? null : villageCode.strip(),
				id(ownerOrganizationId, "ownerOrganizationId", errors), date(startsOn, "startsOn", errors), date(endsOn, "endsOn", errors),
				choice(ProjectStatus.class, status, "status", errors), amount(investmentYuan, "investmentYuan", errors),
				amount(yearlyIncomeGainYuan, "yearlyIncomeGainYuan", errors), existing == null ? null : existing.recordType(),
				existing == null ? null : existing.recordId(), description);
	}

	private static boolean blank(String s) {
		return s == null || s.isBlank();
	}

	private static <E extends Enum<E>> E choice(Class<E> type, String value, String field, BindingResult errors) {
		if (blank(value)) {
			return null;
		}
		try {
			return Enum.valueOf(type, value.strip());
		}
		catch (IllegalArgumentException ex) {
			errors.rejectValue(field, "project.error.choose");
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
			errors.rejectValue(field, "project.error.choose");
			return null;
		}
	}

	private static LocalDate date(String value, String field, BindingResult errors) {
		if (blank(value)) {
			return null;
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			errors.rejectValue(field, "project.error.date");
			return null;
		}
	}

	static BigDecimal amount(String value, String field, BindingResult errors) {
		if (blank(value)) {
			return null;
		}
		try {
			return new BigDecimal(value.strip().replace(",", "").replace("，", ""));
		}
		catch (NumberFormatException ex) {
			errors.rejectValue(field, "project.error.amount");
			return null;
		}
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

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}
}

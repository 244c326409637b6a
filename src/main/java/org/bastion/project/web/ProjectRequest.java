package org.bastion.project.web;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.bastion.project.ProjectData;
import org.bastion.project.ProjectKind;
import org.bastion.project.ProjectStatus;

/** A project as an API client writes it; {@code version} is required for a change. */
record ProjectRequest(ProjectKind kind, String name, String villageCode, Long ownerOrganizationId, LocalDate startsOn,
		LocalDate endsOn, ProjectStatus status, BigDecimal investmentYuan, BigDecimal yearlyIncomeGainYuan, String recordType,
		Long recordId, String description, Long version) {

	ProjectData toData() {
		return new ProjectData(kind, name, villageCode == null || villageCode.isBlank() ? null : villageCode.strip(),
				ownerOrganizationId, startsOn, endsOn, status, investmentYuan, yearlyIncomeGainYuan, recordType, recordId, description);
	}
}

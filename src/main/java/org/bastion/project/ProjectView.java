package org.bastion.project;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A registered project as readers see it. */
public record ProjectView(long id, ProjectKind kind, String name, String villageCode, long ownerOrganizationId,
		LocalDate startsOn, LocalDate endsOn, ProjectStatus status, BigDecimal investmentYuan, BigDecimal yearlyIncomeGainYuan,
		String recordType, Long recordId, String description, long version) {

	public ProjectData data() {
		return new ProjectData(kind, name, villageCode, ownerOrganizationId, startsOn, endsOn, status, investmentYuan,
				yearlyIncomeGainYuan, recordType, recordId, description);
	}
}

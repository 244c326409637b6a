package org.bastion.project;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What is written about a project.
 *
 * @param villageCode the village-level division the project is in; null for a county-wide one
 * @param ownerOrganizationId the organization responsible for it
 * @param endsOn the planned or actual end, null while open
 * @param investmentYuan 投资额（元）, optional
 * @param yearlyIncomeGainYuan 年增收（元）: the village collective's yearly income gain, optional
 * @param recordType with {@code recordId} the record it belongs to (e.g. {@code "pairing"}), optional
 */
public record ProjectData(ProjectKind kind, String name, String villageCode, Long ownerOrganizationId, LocalDate startsOn,
		LocalDate endsOn, ProjectStatus status, BigDecimal investmentYuan, BigDecimal yearlyIncomeGainYuan, String recordType,
		Long recordId, String description) {
}

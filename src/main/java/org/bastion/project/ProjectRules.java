package org.bastion.project;

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

/** What a registered project must be: named, of a kind and status, owned, dated, with sensible amounts. */
@Component
class ProjectRules {

	static final int NAME_MAX = 200;
	static final int DESCRIPTION_MAX = 1000;
	static final BigDecimal AMOUNT_MAX = new BigDecimal("99999999999999.99");

	private final Divisions divisions;
	private final Organizations organizations;

	ProjectRules(Divisions divisions, Organizations organizations) {
		this.divisions = divisions;
		this.organizations = organizations;
	}

	void check(ProjectData d) {
		List<FieldFault> faults = faults(d);
		if (!faults.isEmpty()) {
			throw DomainException.invalid(faults);
		}
	}

	/** What is wrong with the data, field by field; empty when nothing is. */
	List<FieldFault> faults(ProjectData d) {
		List<FieldFault> faults = new ArrayList<>();
		if (d.name() == null || d.name().isBlank()) {
			faults.add(new FieldFault("name", "error.notBlank"));
		}
		else if (d.name().strip().length() > NAME_MAX) {
			faults.add(new FieldFault("name", "project.error.tooLong", NAME_MAX));
		}
		if (d.kind() == null) {
			faults.add(new FieldFault("kind", "project.error.choose"));
		}
		if (d.status() == null) {
			faults.add(new FieldFault("status", "project.error.choose"));
		}
		if (d.ownerOrganizationId() == null) {
			faults.add(new FieldFault("ownerOrganizationId", "project.error.choose"));
		}
		else if (organizations.find(d.ownerOrganizationId()).isEmpty()) {
			faults.add(new FieldFault("ownerOrganizationId", "project.error.noOrganization"));
		}
		if (d.villageCode() != null) {
			Division village = divisions.find(d.villageCode()).orElse(null);
			if (village == null || village.level() != DivisionLevel.VILLAGE) {
				faults.add(new FieldFault("villageCode", "project.error.notVillage"));
			}
		}
		if (d.startsOn() == null) {
			faults.add(new FieldFault("startsOn", "error.notBlank"));
		}
		else if (d.endsOn() != null && d.endsOn().isBefore(d.startsOn())) {
			faults.add(new FieldFault("endsOn", "project.error.endsBeforeStart"));
		}
		amount(d.investmentYuan(), "investmentYuan", faults);
		amount(d.yearlyIncomeGainYuan(), "yearlyIncomeGainYuan", faults);
		if ((d.recordType() == null) != (d.recordId() == null)) {
			faults.add(new FieldFault("recordId", "project.error.record"));
		}
		if (d.description() != null && d.description().strip().length() > DESCRIPTION_MAX) {
			faults.add(new FieldFault("description", "project.error.tooLong", DESCRIPTION_MAX));
		}
		return faults;
	}

	private static void amount(BigDecimal value, String field, List<FieldFault> faults) {
		if (value == null) {
			return;
		}
		if (value.signum() < 0) {
			faults.add(new FieldFault(field, "project.error.negative"));
		}
		else if (value.scale() > 2 || value.compareTo(AMOUNT_MAX) > 0) {
			faults.add(new FieldFault(field, "project.error.amount"));
		}
	}
}

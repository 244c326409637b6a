package org.bastion.people.internal;

import org.bastion.people.CadreRank;
import org.bastion.people.EducationLevel;
import org.bastion.people.PersonData;
import org.bastion.people.PersonTag;

/**
 * The filters of the person list, the API and the export.
 *
 * @param q part of the name
 * @param organizationId the organization whose whole subtree's members are wanted
 * @param villageCode any division code; persons registered in it or below it
 */
public record PersonQuery(String q, Long organizationId, String villageCode, CadreRank cadreRank, PersonTag tag,
		EducationLevel education, Boolean partyMember) {

	public PersonQuery {
		q = PersonData.clean(q);
		villageCode = PersonData.clean(villageCode);
	}

	/** Printed in audit entries and logs: a full ID number or phone searched for appears masked. */
	@Override
	public String toString() {
		return "PersonQuery[q=" + org.bastion.common.audit.PersonalFields.maskText(q) + ", organizationId=" + organizationId
				+ ", villageCode=" + villageCode + ", cadreRank=" + cadreRank + ", tag=" + tag + ", education=" + education
				+ ", partyMember=" + partyMember + "]";
	}

	public static PersonQuery all() {
		return new PersonQuery(null, null, null, null, null, null, null);
	}
}

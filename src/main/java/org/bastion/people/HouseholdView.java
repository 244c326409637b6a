package org.bastion.people;

import java.util.List;

/**
 * A registered poor household (建档立卡贫困户).
 *
 * @param householdNumber 户编号, optional
 * @param villageCode the village-level division it is registered in
 * @param members everyone but the head, with their relation to the head
 * @param exitYear the year it left poverty; null while in poverty
 */
public record HouseholdView(long id, String householdNumber, String villageCode, long headId,
		List<Member> members, HouseholdStatus status, Integer exitYear, long version) {

	public record Member(long personId, HouseholdRelation relation) {
	}

	/** The head and the members: everyone in the household. */
	public int size() {
		return members.size() + 1;
	}
}

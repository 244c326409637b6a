package org.bastion.organization;

import java.time.LocalDate;

/**
 * A post held by a person in an organization.
 *
 * @param personId a person of the people module
 * @param endedOn null while the post is held
 */
public record PositionView(long id, long organizationId, long personId, PositionRole role, LocalDate since,
		LocalDate endedOn) {

	public boolean held() {
		return endedOn == null;
	}
}

package org.bastion.people.internal;

import org.bastion.common.scope.DataScopes;
import org.bastion.organization.MemberRegistry;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells the organization tree about its members. Kept apart from {@link PersonManagement}, which
 * needs {@code Organizations}, so that the tree can depend on this without a cycle of beans.
 */
@Component
class PartyMemberRegistry implements MemberRegistry {

	private final PersonRepository persons;
	private final DataScopes dataScopes;

	PartyMemberRegistry(PersonRepository persons, DataScopes dataScopes) {
		this.persons = persons;
		this.dataScopes = dataScopes;
	}

	@Override
	public long countMembers(long organizationId) {
		return persons.countMembersIn(java.util.List.of(organizationId));
	}

	@Override
	@Transactional
	public long transferMembers(long fromOrganizationId, long toOrganizationId) {
		return persons.moveMembers(fromOrganizationId, toOrganizationId);
	}

	@Override
	public boolean isInScope(long personId) {
		return persons.find(personId, dataScopes.current()).isPresent();
	}
}

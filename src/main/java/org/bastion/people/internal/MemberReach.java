package org.bastion.people.internal;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.bastion.access.Role;
import org.bastion.common.security.Authorities;
import org.bastion.common.security.SignedIn;

/**
 * What a caller holding only the {@link Role#MEMBER} role (党员) reads of persons: their own record,
 * and of their branch only its public roster (names), never the others' personal data, although
 * their data scope holds the branch for the organization pages. Told apart by authorities: every
 * other business role adds at least one authority a member lacks.
 */
final class MemberReach {

	private static final Set<String> BEYOND_MEMBER = beyondMember();

	private MemberReach() {
	}

	private static Set<String> beyondMember() {
		Set<String> beyond = Arrays.stream(Role.values()).filter(Role::business).flatMap(r -> r.authorities().stream())
			.collect(Collectors.toCollection(HashSet::new));
		beyond.removeAll(Role.MEMBER.authorities());
		return Set.copyOf(beyond);
	}

	/** Whether the caller reads persons as a member only: themself in full, their branch as its roster. */
	static boolean ownRecordOnly() {
		Set<String> held = SignedIn.authorities();
		return held.contains(Authorities.PERSON_READ) && held.stream().noneMatch(BEYOND_MEMBER::contains);
	}
}

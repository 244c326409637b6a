package org.bastion.people;

import java.util.List;
import java.util.UUID;

import org.bastion.geography.Division;
import org.bastion.geography.Divisions;
import org.bastion.organization.NewOrganization;
import org.bastion.organization.OrganizationKind;
import org.bastion.organization.OrganizationView;
import org.bastion.organization.Organizations;
import org.bastion.people.PersonData;
import org.bastion.people.internal.PersonManagement;
import java.util.function.Supplier;

import org.bastion.common.security.Authorities;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Data that integration tests make for themselves: Ninghua villages, a fresh branch, fresh persons. */
@Component
public class PeopleTestData {

	private final Divisions divisions;
	private final Organizations organizations;
	private final PersonManagement people;

	PeopleTestData(Divisions divisions, Organizations organizations, PersonManagement people) {
		this.divisions = divisions;
		this.organizations = organizations;
		this.people = people;
	}

	/** Ninghua's village-level divisions, by code. */
	public List<Division> villages() {
		return divisions.villagesUnder(PersonFixtures.REGION);
	}

	public String village() {
		return villages().get(0).code();
	}

	/** A new committee with a branch below it, named so that no other test's data matches. */
	public OrganizationView[] committeeWithBranch() {
		String tag = UUID.randomUUID().toString().substring(0, 8);
		return asAdministrator(() -> {
			OrganizationView committee = organizations.create(
					new NewOrganization("测试党委" + tag, OrganizationKind.TOWNSHIP_COMMITTEE, null, null, null));
			OrganizationView branch = organizations.create(
					new NewOrganization("测试支部" + tag, OrganizationKind.VILLAGE_BRANCH, null, village(), committee.id()));
			return new OrganizationView[] {committee, branch};
		});
	}

	public PersonView register(PersonData data) {
		return asAdministrator(() -> people.register(data));
	}

	/**
	 * Test data is set up by the configured administrator, whatever user the test itself acts as, so
	 * that a test of another module needs no people or organization authority of its own.
	 */
	public static <T> T asAdministrator(Supplier<T> work) {
		SecurityContext previous = SecurityContextHolder.getContext();
		SecurityContext admin = SecurityContextHolder.createEmptyContext();
		admin.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("admin", null,
				AuthorityUtils.createAuthorityList(Authorities.ALL)));
		SecurityContextHolder.setContext(admin);
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

	/** A name no other row holds, so that a search by it finds only this test's persons. */
	public static String uniqueName(String surname) {
		StringBuilder name = new StringBuilder(surname);
		java.util.concurrent.ThreadLocalRandom.current().ints(8, 'a', 'z' + 1).forEach(c -> name.append((char) c));
		return name.toString();
	}
}

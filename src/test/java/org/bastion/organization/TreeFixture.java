package org.bastion.organization;

import java.util.UUID;

/** Builds organizations with names no other test uses, so tests share one database safely. */
public final class TreeFixture {

	private final Organizations organizations;
	private final String tag = UUID.randomUUID().toString().substring(0, 8);

	public TreeFixture(Organizations organizations) {
		this.organizations = organizations;
	}

	/** A text in every name this fixture makes, for searches that should find only them. */
	public String tag() {
		return tag;
	}

	public OrganizationView county(String name) {
		return organizations.create(new NewOrganization(name + tag, OrganizationKind.COUNTY_COMMITTEE, null, null, null));
	}

	public OrganizationView township(String name, OrganizationView parent) {
		return under(name, OrganizationKind.TOWNSHIP_COMMITTEE, parent);
	}

	public OrganizationView village(String name, OrganizationView parent) {
		return under(name, OrganizationKind.VILLAGE_BRANCH, parent);
	}

	public OrganizationView under(String name, OrganizationKind kind, OrganizationView parent) {
		return organizations.create(new NewOrganization(name + tag, kind, null, null, parent.id()));
	}
}

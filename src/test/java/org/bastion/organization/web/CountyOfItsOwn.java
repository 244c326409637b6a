package org.bastion.organization.web;

import org.bastion.organization.OrganizationView;
import org.bastion.organization.Organizations;
import org.bastion.organization.TreeFixture;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The tree's web tests each start on a county committee of their own (宁化县委 and the fixture's tag). */
abstract class CountyOfItsOwn {

	@Autowired
	MockMvc mvc;

	@Autowired
	Organizations organizations;

	TreeFixture fixture;
	OrganizationView county;

	@BeforeEach
	void county() {
		fixture = new TreeFixture(organizations);
		county = fixture.county("宁化县委");
	}
}

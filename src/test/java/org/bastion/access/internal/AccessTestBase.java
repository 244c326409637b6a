package org.bastion.access.internal;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** What the access tests share: the pages and the API, the accounts, and the fixture that makes users. */
abstract class AccessTestBase {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountService accounts;

	@Autowired
	AccessFixture fixture;
}

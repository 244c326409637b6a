package org.bastion.selection;

import org.bastion.SwitchedScopeSupport;
import org.bastion.organization.Organizations;
import org.bastion.selection.internal.PoolEntry;
import org.bastion.selection.internal.ReserveFigures;
import org.bastion.selection.internal.ReservePool;
import org.bastion.selection.internal.ReserveRounds;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Selection's tests through the pages and the API on a switched data scope: what they all reach for. */
abstract class SelectionScopeSupport extends SwitchedScopeSupport {

	@Autowired
	MockMvc mvc;
	@Autowired
	SelectionFixture fixture;
	@Autowired
	ReserveRounds reserveRounds;
	@Autowired
	ReservePool reservePool;
	@Autowired
	PoolEntry poolEntry;
	@Autowired
	ReserveFigures figures;
	@Autowired
	Organizations organizations;
}

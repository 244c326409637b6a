package org.bastion;

import java.util.Set;

import org.bastion.common.scope.DataScope;
import org.bastion.organization.OrganizationKind;
import org.bastion.organization.OrganizationView;
import org.bastion.organization.Organizations;
import org.bastion.organization.TreeFixture;
import org.springframework.stereotype.Component;

/**
 * The demo's two townships the scope tests play against each other — 安乐镇 and 翠江镇 — by division
 * code, their committees and the data scope of a user of each (the committee's subtree and the division).
 */
@Component
public class DemoTownships {

	public static final String ANLE = "350424107";
	public static final String CUIJIANG = "350424100";

	private final Organizations organizations;

	DemoTownships(Organizations organizations) {
		this.organizations = organizations;
	}

	/** The township's committee (乡镇党委), looked up as the system. */
	public OrganizationView committee(String code) {
		return TreeFixture.asSystem(() -> organizations.tiedTo(code).stream()
			.filter(o -> o.kind() == OrganizationKind.TOWNSHIP_COMMITTEE).findFirst().orElseThrow());
	}

	/** The data scope of the township's administrator: the committee's subtree and the division. */
	public DataScope scope(String code) {
		long committee = committee(code).id();
		return TreeFixture.asSystem(() -> DataScope.of(organizations.subtreeIds(committee), Set.of(code)));
	}
}

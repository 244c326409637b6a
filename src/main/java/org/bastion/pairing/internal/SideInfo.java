package org.bastion.pairing.internal;

import org.bastion.pairing.Side;
import org.bastion.people.CadreRank;

/**
 * One side of a pairing as the engine needs it, read from its own module: a name to show, the
 * organization and division it belongs to (for the data scope and the distance), the attribute
 * the kind's principle looks at, and the rank that sets a cadre's quota.
 */
public record SideInfo(Side side, long id, String name, Long organizationId, String divisionCode, String attribute,
		CadreRank rank) {
}

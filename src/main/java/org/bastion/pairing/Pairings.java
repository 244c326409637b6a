package org.bastion.pairing;

import java.util.List;

/**
 * What other modules may ask about pairings. Reads see only the caller's data scope and require
 * {@code pairing:read}.
 */
public interface Pairings {

	/** Live and ended pairings in which the person is either side, live first. */
	List<PairingView> ofPerson(long personId);

	/** Live and ended pairings in which the organization is either side, live first. */
	List<PairingView> ofOrganization(long organizationId);
}

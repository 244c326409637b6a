package org.bastion.funds;

import java.util.List;

/** Ledger entries were entered or changed (their figures need reading again). */
public record FundsChanged(List<Long> ids) {

	public FundsChanged {
		ids = List.copyOf(ids);
	}
}

package org.bastion.selection.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.bastion.IntegrationTest;
import org.bastion.selection.SelectionFixture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The roster the pairing engine asks who is in the pool of a division: the division is a prefix, never a pattern. */
@IntegrationTest
class ReservePoolRosterTests {

	@Autowired
	ReservePoolRoster roster;

	@Test
	void aWildcardInTheDivisionMatchesItselfNotEveryReserveCadre() {
		assertThat(roster.inPool(SelectionFixture.ANLE)).as("the demo's reserve cadre of 安乐镇").isNotEmpty();

		assertThat(roster.inPool("%")).isEmpty();
		assertThat(roster.inPool("35042410_")).isEmpty();
	}
}

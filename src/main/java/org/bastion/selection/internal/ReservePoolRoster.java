package org.bastion.selection.internal;

import java.util.Collection;

import org.bastion.common.scope.SqlLike;
import org.bastion.pairing.ReserveCadreRoster;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Tells the pairing engine who is in the reserve pool, so that a reserve cadre may be the right
 * side of a {@code RESERVE_MENTOR} pairing without a person tag (selection depends on pairing, not
 * the other way round).
 */
@Component
class ReservePoolRoster implements ReserveCadreRoster {

	private final JdbcClient jdbc;

	ReservePoolRoster(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public boolean inPool(long personId) {
		return jdbc.sql("select count(*) from reserve_candidate where person_id = :p and state = 'IN_POOL'")
			.param("p", personId).query(Long.class).single() > 0;
	}

	@Override
	public Collection<Long> inPool(String divisionCode) {
		return jdbc.sql("""
				select distinct person_id from reserve_candidate where state = 'IN_POOL' and village_code like :d escape '\\'""")
			.param("d", SqlLike.startsWith(divisionCode == null ? "" : divisionCode))
			.query(Long.class).list();
	}
}

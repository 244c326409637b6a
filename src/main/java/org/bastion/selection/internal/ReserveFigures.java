package org.bastion.selection.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

import org.bastion.pairing.PairingKind;
import org.bastion.pairing.Pairings;

import org.bastion.common.scope.DataScopes;
import org.bastion.common.scope.ScopeSql;
import org.bastion.common.security.Authorities;
import org.bastion.selection.internal.Reserve.Figures;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reserve.* figures of the indicator list, computed from the records in the caller's scope for
 * a period: the pool at the period's end (entered on or before it and not left by then),
 * demonstration and basic classes that started within it, the share of that pool with a named
 * mentor, and the removals (不适合人选调整) within it. The one place they are computed, until an
 * indicator engine takes them over.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAuthority('" + Authorities.SELECTION_READ + "')")
public class ReserveFigures {

	private final JdbcClient jdbc;
	private final DataScopes scopes;
	private final Pairings pairings;

	ReserveFigures(JdbcClient jdbc, DataScopes scopes, Pairings pairings) {
		this.pairings = pairings;
		this.jdbc = jdbc;
		this.scopes = scopes;
	}

	public Figures figures(LocalDate from, LocalDate to) {
		ScopeSql.Condition c = ScopeSql.of(scopes.current()).divisions("c.village_code").organizations("r.organization_id")
			.condition();
		long pool = jdbc.sql("select count(*)" + ReserveStore.CANDIDATE_FROM + "where " + c.where()
				+ " and c.pool_entered_on <= :to and (c.ended_on is null or c.ended_on > :to)")
			.params(c.params()).param("to", to).query(Long.class).single();
		List<Long> members = jdbc.sql("select distinct c.person_id" + ReserveStore.CANDIDATE_FROM + "where " + c.where()
				+ " and c.pool_entered_on <= :to and (c.ended_on is null or c.ended_on > :to)")
			.params(c.params()).param("to", to).query(Long.class).list();
		// the mentor is a RESERVE_MENTOR pairing of the pairing engine, active on `to`
		long mentored = pairings.rightsPairedOn(PairingKind.RESERVE_MENTOR, members, to).size();
		long removed = jdbc.sql("select count(*)" + ReserveStore.CANDIDATE_FROM + "where " + c.where()
				+ " and c.state = 'REMOVED' and c.ended_on between :from and :to")
			.params(c.params()).param("from", from).param("to", to).query(Long.class).single();
		ScopeSql.Condition k = ScopeSql.of(scopes.current()).divisions("k.division_code").organizations("k.organization_id")
			.condition();
		long demonstration = classes(k, "DEMONSTRATION", from, to);
		long basic = classes(k, "BASIC", from, to);
		BigDecimal coverage = pool == 0 ? null
				: BigDecimal.valueOf(mentored * 100).divide(BigDecimal.valueOf(pool), 2, RoundingMode.HALF_UP);
		return new Figures(from, to, pool, demonstration, basic, coverage, removed);
	}

	private long classes(ScopeSql.Condition k, String kind, LocalDate from, LocalDate to) {
		return jdbc.sql("select count(*) from reserve_class k where " + k.where()
				+ " and k.kind = :kind and k.starts_on between :from and :to")
			.params(k.params()).param("kind", kind).param("from", from).param("to", to).query(Long.class).single();
	}
}

package org.bastion.pairing.internal;

import java.util.Collection;
import java.util.List;

import org.bastion.pairing.HouseholdWork;
import org.bastion.pairing.WorkWay;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The households brought into work in SQL (V57); reads here are unscoped, the façade scopes them by the pairing. */
@Repository
class HouseholdWorkStore {

	private static final String COLUMNS = "w.id, w.pairing_id, w.household_id, w.way, w.started_on, w.note";

	private final JdbcClient jdbc;

	HouseholdWorkStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<HouseholdWork> of(long pairingId) {
		return jdbc.sql("select " + COLUMNS + " from pairing_household_work w where w.pairing_id = :p order by w.started_on, w.id")
			.param("p", pairingId).query(HouseholdWorkStore::row).list();
	}

	/** Every record, unscoped, by id: for the figures' full recount. */
	List<HouseholdWork> all() {
		return jdbc.sql("select " + COLUMNS + " from pairing_household_work w order by w.id").query(HouseholdWorkStore::row).list();
	}

	/** These records, unscoped. */
	List<HouseholdWork> find(Collection<Long> ids) {
		return ids.isEmpty() ? List.of()
				: jdbc.sql("select " + COLUMNS + " from pairing_household_work w where w.id in (:ids) order by w.id")
					.param("ids", ids).query(HouseholdWorkStore::row).list();
	}

	private static HouseholdWork row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		Number household = (Number) rs.getObject("household_id");
		return new HouseholdWork(rs.getLong("id"), rs.getLong("pairing_id"), household == null ? null : household.longValue(),
				WorkWay.valueOf(rs.getString("way")), rs.getDate("started_on").toLocalDate(), rs.getString("note"));
	}
}

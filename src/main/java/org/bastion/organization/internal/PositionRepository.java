package org.bastion.organization.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.bastion.organization.PositionRole;
import org.bastion.organization.PositionView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class PositionRepository {

	private static final String COLUMNS = "id, organization_id, person_id, role, since, ended_on";

	private final JdbcClient jdbc;

	PositionRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<PositionView> find(long id) {
		return jdbc.sql("select " + COLUMNS + " from party_position where id = ?").param(id)
				.query(PositionRepository::map).optional();
	}

	/** Held posts, secretary first, then deputies, then committee members, each by start date. */
	List<PositionView> held(long organizationId) {
		return jdbc.sql("select " + COLUMNS + """
				 from party_position where organization_id = ? and ended_on is null
				order by case role when 'SECRETARY' then 0 when 'DEPUTY_SECRETARY' then 1 else 2 end, since, id""")
				.param(organizationId).query(PositionRepository::map).list();
	}

	long countHeld(long organizationId) {
		return jdbc.sql("select count(*) from party_position where organization_id = ? and ended_on is null")
				.param(organizationId).query(Long.class).single();
	}

	boolean isHeld(long organizationId, PositionRole role) {
		return jdbc.sql("select count(*) from party_position where organization_id = ? and role = ? and ended_on is null")
				.params(organizationId, role.name()).query(Long.class).single() > 0;
	}

	boolean isHeldBy(long organizationId, long personId, PositionRole role) {
		return jdbc.sql("""
				select count(*) from party_position
				where organization_id = ? and person_id = ? and role = ? and ended_on is null""")
				.params(organizationId, personId, role.name()).query(Long.class).single() > 0;
	}

	long insert(long organizationId, long personId, PositionRole role, LocalDate since) {
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("insert into party_position (organization_id, person_id, role, since) values (?, ?, ?, ?)")
				.params(organizationId, personId, role.name(), since).update(key, "id");
		return key.getKey().longValue();
	}

	void end(long id, LocalDate endedOn) {
		jdbc.sql("update party_position set ended_on = ? where id = ?").params(endedOn, id).update();
	}

	long moveHeld(long fromOrganizationId, long toOrganizationId) {
		return jdbc.sql("update party_position set organization_id = ? where organization_id = ? and ended_on is null")
				.params(toOrganizationId, fromOrganizationId).update();
	}

	private static PositionView map(ResultSet rs, int row) throws SQLException {
		return new PositionView(rs.getLong("id"), rs.getLong("organization_id"), rs.getLong("person_id"),
				PositionRole.valueOf(rs.getString("role")), rs.getObject("since", LocalDate.class),
				rs.getObject("ended_on", LocalDate.class));
	}
}

package org.bastion.people.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.bastion.common.scope.DataScopes;
import org.bastion.common.scope.ScopeSql;
import org.bastion.common.scope.SqlLike;
import org.bastion.common.security.Authorities;
import org.bastion.geography.Division;
import org.bastion.geography.Divisions;
import org.bastion.platform.Pick;
import org.bastion.platform.PickerSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Registered poor households for the picker: those of the caller's scope whose head's name (or whose
 * household number) holds the typed text, shown as 「张三户」 with their village and number.
 * {@code only}: a {@link org.bastion.people.HouseholdStatus}.
 */
@Component
class HouseholdPicks implements PickerSource {

	private static final String SELECT = "select h.id, h.household_number, h.village_code, p.name as head"
			+ " from household h join person p on p.id = h.head_person_id";

	private final JdbcClient jdbc;
	private final DataScopes scopes;
	private final Divisions divisions;

	HouseholdPicks(JdbcClient jdbc, DataScopes scopes, Divisions divisions) {
		this.jdbc = jdbc;
		this.scopes = scopes;
		this.divisions = divisions;
	}

	record Row(long id, String number, String village, String head) {
	}

	@Override
	public String kind() {
		return "household";
	}

	@Override
	public String authority() {
		return Authorities.HOUSEHOLD_READ;
	}

	@Override
	public List<Pick> search(String text, String only, int limit) {
		ScopeSql.Condition scope = inScope();
		boolean status = "IN_POVERTY".equals(only) || "LEFT_POVERTY".equals(only);
		return picks(jdbc.sql(SELECT + " where (p.name like :name escape '\\' or h.household_number like :name escape '\\')"
				+ (status ? " and h.status = :status" : "") + scope.and()
				+ " order by case when p.name = :exact then 0 when p.name like :prefix escape '\\' then 1 else 2 end, p.name, h.id"
				+ " limit :limit")
			.param("name", SqlLike.contains(text)).param("exact", text).param("prefix", SqlLike.startsWith(text))
			.param("status", status ? only : "").params(scope.params()).param("limit", limit).query(HouseholdPicks::row).list());
	}

	@Override
	public Optional<Pick> find(String value) {
		Optional<Long> id = PickerSource.id(value);
		if (id.isEmpty()) {
			return Optional.empty();
		}
		ScopeSql.Condition scope = inScope();
		return picks(jdbc.sql(SELECT + " where h.id = :id" + scope.and()).param("id", id.get()).params(scope.params())
			.query(HouseholdPicks::row).list()).stream().findFirst();
	}

	private ScopeSql.Condition inScope() {
		return HouseholdRepository.inScope(scopes.current());
	}

	private List<Pick> picks(List<Row> rows) {
		Map<String, Division> villages = divisions.findAll(rows.stream().map(Row::village).toList());
		return rows.stream().map(r -> {
			Division village = villages.get(r.village());
			String where = village == null ? r.village() : village.shortName();
			return new Pick(String.valueOf(r.id()), r.head() + "户", r.number() == null ? where : where + " · " + r.number());
		}).toList();
	}

	private static Row row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new Row(rs.getLong("id"), rs.getString("household_number"), rs.getString("village_code"), rs.getString("head"));
	}
}

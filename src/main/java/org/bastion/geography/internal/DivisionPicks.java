package org.bastion.geography.internal;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.bastion.common.scope.DataScopes;
import org.bastion.common.scope.ScopeSql;
import org.bastion.common.scope.SqlLike;
import org.bastion.common.security.Authorities;
import org.bastion.geography.Division;
import org.bastion.geography.DivisionLevel;
import org.bastion.geography.Divisions;
import org.bastion.platform.Pick;
import org.bastion.platform.PickerSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Divisions for the picker: those the caller's scope governs whose name holds the typed text (or whose
 * code starts with typed digits), the exact name first, then leading matches, then the higher levels;
 * each shown with its parents and its code. {@code only} is a {@link DivisionLevel}.
 */
@Component
class DivisionPicks implements PickerSource {

	private final JdbcClient jdbc;
	private final DataScopes scopes;
	private final Divisions divisions;

	DivisionPicks(JdbcClient jdbc, DataScopes scopes, Divisions divisions) {
		this.jdbc = jdbc;
		this.scopes = scopes;
		this.divisions = divisions;
	}

	@Override
	public String kind() {
		return "division";
	}

	@Override
	public String authority() {
		return Authorities.DIVISION_READ;
	}

	@Override
	public List<Pick> search(String text, String only, int limit) {
		ScopeSql.Condition scope = ScopeSql.of(scopes.current()).divisions("d.code").condition();
		DivisionLevel level = level(only);
		boolean digits = text.chars().allMatch(Character::isDigit);
		List<String> codes = jdbc.sql("select d.code from division d where "
				+ (digits ? "d.code like :prefix escape '\\'" : "d.name like :name escape '\\'")
				+ (level == null ? "" : " and d.level = :level") + scope.and()
				+ " order by case when d.name = :exact then 0 when d.name like :prefix escape '\\' then 1 else 2 end,"
				+ " length(d.code), d.code limit :limit")
			.param("name", SqlLike.contains(text)).param("exact", text).param("prefix", SqlLike.startsWith(text))
			.param("level", level == null ? "" : level.name()).params(scope.params()).param("limit", limit)
			.query(String.class).list();
		return codes.stream().map(divisions::find).flatMap(Optional::stream).map(this::pick).toList();
	}

	@Override
	public Optional<Pick> find(String value) {
		if (!scopes.current().coversDivision(value)) {
			return Optional.empty();
		}
		return divisions.find(value).map(this::pick);
	}

	private Pick pick(Division d) {
		List<Division> above = divisions.ancestry(d.code());
		String parents = above.subList(Math.max(0, above.size() - 3), Math.max(0, above.size() - 1)).stream()
			.map(Division::name).collect(Collectors.joining(" › "));
		return new Pick(d.code(), d.name(), (parents.isEmpty() ? "" : parents + " · ") + d.code());
	}

	private static DivisionLevel level(String only) {
		if (only == null) {
			return null;
		}
		for (DivisionLevel l : DivisionLevel.values()) {
			if (l.name().equals(only)) {
				return l;
			}
		}
		return null;
	}
}

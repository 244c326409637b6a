package org.bastion.organization.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.bastion.common.scope.DataScopes;
import org.bastion.common.scope.ScopeSql;
import org.bastion.common.scope.SqlLike;
import org.bastion.common.security.Authorities;
import org.bastion.organization.OrganizationKind;
import org.bastion.organization.OrganizationView;
import org.bastion.platform.Pick;
import org.bastion.platform.PickerSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Organizations for the picker: live ones in the caller's scope whose name holds the typed text, the
 * exact name first, then those starting with it, then the higher ones in the tree; each shown with its
 * path (its ancestors in scope). {@code only} is a comma-separated list of {@link OrganizationKind}s.
 */
@Component
class OrganizationPicks implements PickerSource {

	static final String KIND = "organization";

	private final JdbcClient jdbc;
	private final DataScopes scopes;
	private final OrganizationQueries queries;

	OrganizationPicks(JdbcClient jdbc, DataScopes scopes, OrganizationQueries queries) {
		this.jdbc = jdbc;
		this.scopes = scopes;
		this.queries = queries;
	}

	@Override
	public String kind() {
		return KIND;
	}

	@Override
	public String authority() {
		return Authorities.ORGANIZATION_READ;
	}

	@Override
	public List<Pick> search(String text, String only, int limit) {
		ScopeSql.Condition scope = ScopeSql.of(scopes.current()).organizations("o.id").condition();
		List<String> kinds = kinds(only);
		List<Long> ids = jdbc.sql("select o.id from party_organization o where not o.dissolved and o.name like :name escape '\\'"
				+ (kinds.isEmpty() ? "" : " and o.kind in (:kinds)") + scope.and()
				+ " order by case when o.name = :exact then 0 when o.name like :prefix escape '\\' then 1 else 2 end,"
				+ " o.depth, o.sort_order, o.name, o.id limit :limit")
			.param("name", SqlLike.contains(text)).param("exact", text).param("prefix", SqlLike.startsWith(text))
			.param("kinds", kinds.isEmpty() ? List.of("") : kinds).params(scope.params()).param("limit", limit)
			.query(Long.class).list();
		return picks(ids);
	}

	@Override
	public Optional<Pick> find(String value) {
		return PickerSource.id(value).flatMap(id -> picks(List.of(id)).stream().findFirst());
	}

	private List<Pick> picks(List<Long> ids) {
		Map<Long, List<OrganizationView>> paths = queries.paths(ids);
		return ids.stream().filter(paths::containsKey).map(id -> {
			List<OrganizationView> path = paths.get(id);
			OrganizationView o = path.get(path.size() - 1);
			String above = path.subList(0, path.size() - 1).stream().map(OrganizationView::name).collect(Collectors.joining(" › "));
			return new Pick(String.valueOf(o.id()), o.name(), above.isEmpty() ? null : above);
		}).toList();
	}

	private static List<String> kinds(String only) {
		if (only == null) {
			return List.of();
		}
		return Arrays.stream(only.split(",")).map(String::strip).filter(k -> Arrays.stream(OrganizationKind.values())
			.anyMatch(v -> v.name().equals(k))).toList();
	}
}

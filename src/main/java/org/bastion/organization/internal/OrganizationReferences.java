package org.bastion.organization.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.bastion.common.scope.DataScopes;
import org.bastion.common.scope.ScopeSql;
import org.bastion.organization.OrganizationReference;
import org.bastion.organization.OrganizationView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads a clerk's text as an organization, in the caller's scope: digits are an id, text with {@code /}
 * a path of full names (its last names must be the organization's and its ancestors', from any level
 * down), anything else a full name; a name several live organizations share is ambiguous, and the
 * answer lists their paths.
 */
@Component
class OrganizationReferences {

	static final String SEPARATOR = "/";
	private static final Pattern SEPARATORS = Pattern.compile("\\s*[/／>›]\\s*");
	private static final int MAX_CANDIDATES = 5;

	private final JdbcClient jdbc;
	private final DataScopes scopes;
	private final OrganizationQueries queries;

	OrganizationReferences(JdbcClient jdbc, DataScopes scopes, OrganizationQueries queries) {
		this.jdbc = jdbc;
		this.scopes = scopes;
		this.queries = queries;
	}

	OrganizationReference resolve(String text) {
		String typed = text == null ? "" : text.strip();
		if (typed.isEmpty()) {
			return new OrganizationReference(null, List.of());
		}
		if (typed.chars().allMatch(Character::isDigit) && typed.length() < 19) {
			long id = Long.parseLong(typed);
			return queries.find(id).filter(o -> !o.dissolved()).map(o -> new OrganizationReference(o.id(), List.of()))
				.orElseGet(() -> new OrganizationReference(null, List.of()));
		}
		List<String> names = Arrays.stream(SEPARATORS.split(typed)).map(String::strip).filter(s -> !s.isEmpty()).toList();
		if (names.isEmpty()) {
			return new OrganizationReference(null, List.of());
		}
		ScopeSql.Condition scope = ScopeSql.of(scopes.current()).organizations("o.id").condition();
		List<Long> named = jdbc.sql("select o.id from party_organization o where o.name = :name and not o.dissolved" + scope.and()
				+ " order by o.id").param("name", names.get(names.size() - 1)).params(scope.params()).query(Long.class).list();
		Map<Long, List<OrganizationView>> paths = queries.paths(named);
		List<List<String>> matching = named.stream().map(paths::get).filter(p -> p != null && endsWith(p, names))
			.map(p -> p.stream().map(OrganizationView::name).toList()).toList();
		if (matching.size() == 1) {
			List<OrganizationView> path = paths.get(named.stream().filter(id -> endsWith(paths.get(id), names)).findFirst().orElseThrow());
			return new OrganizationReference(path.get(path.size() - 1).id(), List.of());
		}
		return new OrganizationReference(null, matching.stream().limit(MAX_CANDIDATES)
			.map(p -> String.join(SEPARATOR, p)).collect(Collectors.toList()));
	}

	private static boolean endsWith(List<OrganizationView> path, List<String> names) {
		if (path == null || path.size() < names.size()) {
			return false;
		}
		for (int i = 1; i <= names.size(); i++) {
			if (!path.get(path.size() - i).name().equals(names.get(names.size() - i))) {
				return false;
			}
		}
		return true;
	}
}

package org.bastion.common.scope;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one way to turn a {@link DataScope} into SQL: a condition over the columns a table holds its
 * organization ids, division codes and person ids in, every value bound as a parameter (ids in
 * chunks of {@value #CHUNK}, division prefixes as escaped {@code like} patterns), never spliced into
 * the text. A row is in scope when any of its columns is. An unrestricted scope adds no condition;
 * an empty one matches nothing.
 *
 * <pre>{@code
 * ScopeSql.Condition scope = ScopeSql.of(dataScopes.current())
 *     .organizations("p.organization_id").divisions("p.household_division_code").persons("p.id")
 *     .condition();
 * jdbc.sql("select … from person p where p.name like :name escape '\\'" + scope.and())
 *     .params(scope.params()).param("name", SqlLike.contains(q)) …
 * }</pre>
 */
public final class ScopeSql {

	public static final int CHUNK = 1_000;

	private final DataScope scope;
	private final String prefix;
	private final List<String> organizationColumns = new ArrayList<>();
	private final List<String> divisionColumns = new ArrayList<>();
	private final List<String[]> personColumns = new ArrayList<>();
	/** The kinds of column in the order first named: the condition tests them in that order (cheapest first). */
	private final java.util.LinkedHashSet<String> order = new java.util.LinkedHashSet<>();

	private ScopeSql(DataScope scope, String prefix) {
		this.scope = scope;
		this.prefix = prefix;
	}

	/** A condition whose parameters are named {@code scope…}. */
	public static ScopeSql of(DataScope scope) {
		return new ScopeSql(scope, "scope");
	}

	/** A condition whose parameters start with {@code prefix}, for a statement with two of them. */
	public static ScopeSql of(DataScope scope, String prefix) {
		return new ScopeSql(scope, prefix);
	}

	/** Columns holding an organization id: the row is in scope when one holds an organization in scope. */
	public ScopeSql organizations(String... columns) {
		organizationColumns.addAll(List.of(columns));
		order.add("organizations");
		return this;
	}

	/** Columns holding a division code: in scope when one starts with a governed division's code. */
	public ScopeSql divisions(String... columns) {
		divisionColumns.addAll(List.of(columns));
		order.add("divisions");
		return this;
	}

	/** A column holding a person id: in scope when it names a person of the scope. */
	public ScopeSql persons(String column) {
		personColumns.add(new String[] {null, column});
		order.add("persons");
		return this;
	}

	/**
	 * A column holding a person id only on rows where {@code guard} holds (e.g. {@code "x.kind in (:personKinds)"}
	 * — its parameters are the caller's to bind).
	 */
	public ScopeSql persons(String guard, String column) {
		personColumns.add(new String[] {guard, column});
		order.add("persons");
		return this;
	}

	public Condition condition() {
		if (scope.unrestricted()) {
			return new Condition(null, Map.of());
		}
		Map<String, Object> params = new LinkedHashMap<>();
		List<String> parts = new ArrayList<>();
		for (String kind : order) {
			switch (kind) {
				case "organizations" -> organizations(params, parts);
				case "divisions" -> divisions(params, parts);
				default -> persons(params, parts);
			}
		}
		return new Condition(parts.isEmpty() ? "1 = 0" : "(" + String.join(" or ", parts) + ")", params);
	}

	private void organizations(Map<String, Object> params, List<String> parts) {
		List<String> names = chunks(prefix + "Org", scope.organizationIds().stream().sorted().toList(), params);
		organizationColumns.forEach(column -> names.forEach(name -> parts.add(column + " in (:" + name + ")")));
	}

	private void divisions(Map<String, Object> params, List<String> parts) {
		int n = 0;
		for (String code : scope.divisionPrefixes().stream().sorted().toList()) {
			String name = prefix + "Div" + n++;
			params.put(name, SqlLike.startsWith(code));
			divisionColumns.forEach(column -> parts.add(column + " like :" + name + " escape '\\'"));
		}
	}

	private void persons(Map<String, Object> params, List<String> parts) {
		List<String> names = chunks(prefix + "Person", scope.personIds().stream().sorted().toList(), params);
		for (String[] column : personColumns) {
			names.forEach(name -> parts.add(column[0] == null ? column[1] + " in (:" + name + ")"
					: "(" + column[0] + " and " + column[1] + " in (:" + name + "))"));
		}
	}

	private static List<String> chunks(String base, List<Long> ids, Map<String, Object> params) {
		List<String> names = new ArrayList<>();
		for (int from = 0, n = 0; from < ids.size(); from += CHUNK, n++) {
			params.put(base + n, ids.subList(from, Math.min(ids.size(), from + CHUNK)));
			names.add(base + n);
		}
		return names;
	}

	/**
	 * The scope as SQL: {@link #sql()} is null when unrestricted; add {@link #params()} to the statement.
	 */
	public record Condition(String sql, Map<String, Object> params) {

		public Condition {
			params = Map.copyOf(params);
		}

		public boolean unrestricted() {
			return sql == null;
		}

		/** {@code " and (…)"}, or nothing when unrestricted. */
		public String and() {
			return sql == null ? "" : " and " + sql;
		}

		/** The condition, or {@code 1 = 1} when unrestricted, for a {@code where} of its own. */
		public String where() {
			return sql == null ? "1 = 1" : sql;
		}

		/**
		 * {@code " and not (…)"} treating a row whose columns are all null as outside, or nothing when
		 * unrestricted (e.g. organizations whose parent lies outside the scope).
		 */
		public String andOutside() {
			return sql == null ? "" : " and not coalesce(" + sql + ", false)";
		}
	}
}

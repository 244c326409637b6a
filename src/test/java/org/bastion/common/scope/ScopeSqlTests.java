package org.bastion.common.scope;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

/** One scope-to-SQL filter: bound values only, chunks, escaped prefixes, everything and nothing. */
class ScopeSqlTests {

	@Test
	void anUnrestrictedScopeAddsNoCondition() {
		ScopeSql.Condition c = ScopeSql.of(DataScope.everything()).organizations("o.id").condition();
		assertThat(c.unrestricted()).isTrue();
		assertThat(c.and()).isEmpty();
		assertThat(c.where()).isEqualTo("1 = 1");
		assertThat(c.params()).isEmpty();
	}

	@Test
	void anEmptyScopeMatchesNothing() {
		ScopeSql.Condition c = ScopeSql.of(DataScope.nothing()).organizations("o.id").divisions("o.division_code")
			.persons("p.id").condition();
		assertThat(c.and()).isEqualTo(" and 1 = 0");
		assertThat(c.params()).isEmpty();
	}

	@Test
	void aRowIsInScopeThroughAnyOfItsColumnsWithEveryValueBound() {
		DataScope scope = new DataScope(false, Set.of(7L, 3L), Set.of("350424107"), Set.of(42L));
		ScopeSql.Condition c = ScopeSql.of(scope).organizations("p.organization_id")
			.divisions("p.household_division_code").persons("p.id").condition();
		assertThat(c.sql()).isEqualTo("(p.organization_id in (:scopeOrg0) or p.household_division_code like :scopeDiv0 escape '\\'"
				+ " or p.id in (:scopePerson0))");
		assertThat(c.params()).containsEntry("scopeOrg0", List.of(3L, 7L)).containsEntry("scopeDiv0", "350424107%")
			.containsEntry("scopePerson0", List.of(42L));
	}

	@Test
	void aPairingIsInScopeWhenEitherSideIs() {
		DataScope scope = DataScope.of(List.of(1L), List.of("3504"));
		ScopeSql.Condition c = ScopeSql.of(scope, "s").organizations("x.left_organization_id", "x.right_organization_id")
			.divisions("x.left_division", "x.right_division").persons("x.kind in (:personKinds)", "x.left_id").condition();
		assertThat(c.sql()).contains("x.left_organization_id in (:sOrg0)", "x.right_organization_id in (:sOrg0)",
				"x.left_division like :sDiv0", "x.right_division like :sDiv0").doesNotContain("left_id");
		DataScope member = DataScope.nothing().withPersons(List.of(9L));
		assertThat(ScopeSql.of(member, "s").persons("x.kind in (:personKinds)", "x.left_id").condition().sql())
			.isEqualTo("((x.kind in (:personKinds) and x.left_id in (:sPerson0)))");
	}

	@Test
	void idsAreBoundInChunksOfAThousand() {
		DataScope scope = DataScope.of(LongStream.rangeClosed(1, 2_500).boxed().toList(), List.of());
		ScopeSql.Condition c = ScopeSql.of(scope).organizations("o.id").condition();
		assertThat(c.sql()).isEqualTo("(o.id in (:scopeOrg0) or o.id in (:scopeOrg1) or o.id in (:scopeOrg2))");
		assertThat((List<?>) c.params().get("scopeOrg2")).hasSize(500);
	}

	@Test
	void wildcardsInADivisionPrefixOrASearchMatchThemselves() {
		DataScope scope = DataScope.of(List.of(), List.of("35%_"));
		assertThat(ScopeSql.of(scope).divisions("d").condition().params()).containsEntry("scopeDiv0", "35\\%\\_%");
		assertThat(SqlLike.contains("%")).isEqualTo("%\\%%");
		assertThat(SqlLike.startsWith("a\\b")).isEqualTo("a\\\\b%");
	}

	@Test
	void outsideTreatsAnUnsetColumnAsOutside() {
		ScopeSql.Condition c = ScopeSql.of(DataScope.of(List.of(5L), List.of())).organizations("o.parent_id").condition();
		assertThat(c.andOutside()).isEqualTo(" and not coalesce((o.parent_id in (:scopeOrg0)), false)");
	}
}

package org.bastion.people.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.bastion.common.ChineseIdNumber;
import org.bastion.common.MobileNumbers;
import org.bastion.common.scope.DataScope;
import org.bastion.common.scope.ScopeSql;
import org.bastion.common.scope.SqlLike;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The {@code where} of a person search (alias {@code p}): the caller's data scope and the filters of
 * a {@link PersonQuery}, every value bound as a parameter. A full ID number or mobile in the search
 * text matches by keyed hash, anything else is a part of the name, its {@code like} wildcards
 * matching themselves.
 */
final class PersonQueryBuilder {

	private PersonQueryBuilder() {
	}

	/**
	 * A person is in scope through their household registration, their Party organization or by being named;
	 * the division first, which a county's or township's persons nearly all meet, so that the long list of
	 * organizations is tested only for the others.
	 */
	static ScopeSql.Condition inScope(DataScope scope) {
		return ScopeSql.of(scope).divisions("p.household_division_code").organizations("p.organization_id").persons("p.id")
				.condition();
	}

	/** {@code " where …"} (or nothing when nothing is filtered) with its parameters. */
	record Where(String sql, Map<String, Object> params) {

		JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec) {
			return spec.params(params);
		}
	}

	/**
	 * The persons in scope matching the query; {@code organizationIds}, when not null, limits them to
	 * members of those organizations (none when empty).
	 */
	static Where where(PersonQuery q, List<Long> organizationIds, DataScope scope, PersonalDataCipher cipher) {
		List<String> clauses = new ArrayList<>();
		ScopeSql.Condition inScope = inScope(scope);
		Map<String, Object> params = new HashMap<>(inScope.params());
		if (!inScope.unrestricted()) {
			clauses.add(inScope.sql());
		}
		if (q.q() != null) {
			String id = ChineseIdNumber.normalize(q.q());
			if (ChineseIdNumber.check(id).isEmpty()) {
				clauses.add("p.id_number_hash = :idHash");
				params.put("idHash", cipher.hash(id));
			}
			else if (MobileNumbers.isValid(q.q())) {
				clauses.add("p.mobile_hash = :mobileHash");
				params.put("mobileHash", cipher.hash(q.q()));
			}
			else {
				clauses.add("p.name like :name escape '\\'");
				params.put("name", SqlLike.contains(q.q()));
			}
		}
		if (organizationIds != null) {
			if (organizationIds.isEmpty()) {
				clauses.add("1 = 0");
			}
			else {
				clauses.add("p.organization_id in (:organizations)");
				params.put("organizations", organizationIds);
			}
		}
		if (q.villageCode() != null) {
			clauses.add("p.household_division_code like :village escape '\\'");
			params.put("village", SqlLike.startsWith(q.villageCode()));
		}
		if (q.cadreRank() != null) {
			clauses.add("p.cadre_rank = :rank");
			params.put("rank", q.cadreRank().name());
		}
		if (q.tag() != null) {
			clauses.add("exists (select 1 from person_tag t where t.person_id = p.id and t.tag = :tag)");
			params.put("tag", q.tag().name());
		}
		if (q.education() != null) {
			clauses.add("p.education = :education");
			params.put("education", q.education().name());
		}
		if (q.partyMember() != null) {
			clauses.add(q.partyMember() ? "p.organization_id is not null" : "p.organization_id is null");
		}
		return new Where(clauses.isEmpty() ? "" : " where " + String.join(" and ", clauses), params);
	}
}

package org.bastion.people.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.bastion.common.scope.DataScopes;
import org.bastion.common.scope.ScopeSql;
import org.bastion.common.scope.SqlLike;
import org.bastion.common.security.Authorities;
import org.bastion.geography.Division;
import org.bastion.geography.Divisions;
import org.bastion.organization.OrganizationView;
import org.bastion.organization.Organizations;
import org.bastion.people.PersonTag;
import org.bastion.platform.Pick;
import org.bastion.platform.PickerSource;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Persons for the picker: those in the caller's scope whose name holds the typed text (a surname finds
 * everyone of it), the exact name first, then leading matches; each told apart by organization, village
 * and the last four characters of the ID number (never more). {@code only}: a {@link PersonTag},
 * {@code CADRE} (has a cadre rank) or {@code MEMBER} (a Party member).
 */
@Component
class PersonPicks implements PickerSource {

	private final JdbcClient jdbc;
	private final DataScopes scopes;
	private final PersonalDataCipher cipher;
	private final Organizations organizations;
	private final Divisions divisions;
	private final MessageSource messages;

	PersonPicks(JdbcClient jdbc, DataScopes scopes, PersonalDataCipher cipher, Organizations organizations, Divisions divisions,
			MessageSource messages) {
		this.jdbc = jdbc;
		this.scopes = scopes;
		this.cipher = cipher;
		this.organizations = organizations;
		this.divisions = divisions;
		this.messages = messages;
	}

	record Row(long id, String name, Long organizationId, String village, String idNumber) {
	}

	@Override
	public String kind() {
		return "person";
	}

	@Override
	public String authority() {
		return Authorities.PERSON_READ;
	}

	@Override
	public List<Pick> search(String text, String only, int limit) {
		ScopeSql.Condition scope = PersonQueryBuilder.inScope(scopes.current());
		return picks(jdbc.sql("select p.id, p.name, p.organization_id, p.household_division_code, p.id_number from person p"
				+ " where p.name like :name escape '\\'" + narrowing(only) + scope.and()
				+ " order by case when p.name = :exact then 0 when p.name like :prefix escape '\\' then 1 else 2 end, p.name, p.id"
				+ " limit :limit")
			.param("name", SqlLike.contains(text)).param("exact", text).param("prefix", SqlLike.startsWith(text))
			.param("tag", only == null ? "" : only).params(scope.params()).param("limit", limit)
			.query(PersonPicks::row).list());
	}

	@Override
	public Optional<Pick> find(String value) {
		Optional<Long> id = PickerSource.id(value);
		if (id.isEmpty()) {
			return Optional.empty();
		}
		ScopeSql.Condition scope = PersonQueryBuilder.inScope(scopes.current());
		return picks(jdbc.sql("select p.id, p.name, p.organization_id, p.household_division_code, p.id_number from person p"
				+ " where p.id = :id" + scope.and()).param("id", id.get()).params(scope.params()).query(PersonPicks::row).list())
			.stream().findFirst();
	}

	private static String narrowing(String only) {
		if (only == null) {
			return "";
		}
		if ("CADRE".equals(only)) {
			return " and p.cadre_rank is not null";
		}
		if ("MEMBER".equals(only)) {
			return " and p.organization_id is not null";
		}
		for (PersonTag tag : PersonTag.values()) {
			if (tag.name().equals(only)) {
				return " and exists (select 1 from person_tag t where t.person_id = p.id and t.tag = :tag)";
			}
		}
		return "";
	}

	private List<Pick> picks(List<Row> rows) {
		Map<Long, OrganizationView> orgs = organizations.findAll(rows.stream().map(Row::organizationId).filter(Objects::nonNull).toList());
		Map<String, Division> villages = divisions.findAll(rows.stream().map(Row::village).filter(Objects::nonNull).toList());
		return rows.stream().map(r -> {
			List<String> detail = new ArrayList<>();
			Optional.ofNullable(r.organizationId()).map(orgs::get).map(OrganizationView::name).ifPresent(detail::add);
			Optional.ofNullable(r.village()).map(villages::get).map(Division::shortName).ifPresent(detail::add);
			String plain = PersonalDataCipher.isSealed(r.idNumber()) ? cipher.decrypt(r.idNumber()) : r.idNumber();
			if (plain != null && plain.length() >= 4) {
				detail.add(messages.getMessage("person.picker.idTail", new Object[] {plain.substring(plain.length() - 4)},
						LocaleContextHolder.getLocale()));
			}
			return new Pick(String.valueOf(r.id()), r.name(), String.join(" · ", detail));
		}).toList();
	}

	private static Row row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new Row(rs.getLong("id"), rs.getString("name"), rs.getObject("organization_id", Long.class),
				rs.getString("household_division_code"), rs.getString("id_number"));
	}
}

package org.bastion.people.internal;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.bastion.common.Gender;
import org.bastion.common.PageRequest;
import org.bastion.common.PageResult;
import org.bastion.organization.DepartmentKind;
import org.bastion.people.CadreRank;
import org.bastion.people.EducationLevel;
import org.bastion.people.PartyStatus;
import org.bastion.people.PersonData;
import org.bastion.people.PersonTag;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Persons in SQL. The only class that reads or writes {@code id_number} and {@code mobile}: their
 * encryption at rest will be added here.
 */
@Repository
public class PersonRepository {

	private static final String COLUMNS = "p.id, p.version, p.name, p.gender, p.ethnicity, p.birth_date, p.id_number, "
			+ "p.mobile, p.education, p.household_division_code, p.organization_id, p.joined_party_on, p.party_status, "
			+ "p.cadre_rank, p.workplace, p.department_kind";
	private static final String INSERT = "insert into person (name, gender, ethnicity, birth_date, id_number, mobile, "
			+ "education, household_division_code, organization_id, joined_party_on, party_status, cadre_rank, workplace, "
			+ "department_kind) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
	private static final int CHUNK = 1000;

	private final JdbcClient jdbc;
	private final JdbcTemplate template;

	PersonRepository(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	public long insert(PersonData data) {
		KeyHolder keys = new GeneratedKeyHolder();
		template.update(con -> {
			PreparedStatement ps = con.prepareStatement(INSERT, new String[] {"id"});
			bind(ps, data);
			return ps;
		}, keys);
		long id = keys.getKeyAs(Number.class).longValue();
		insertTags(Map.of(id, data.tags()));
		return id;
	}

	/** Inserts all persons in JDBC batches; returns how many were written. */
	public int insertAll(List<PersonData> persons) {
		for (int from = 0; from < persons.size(); from += CHUNK) {
			List<PersonData> chunk = persons.subList(from, Math.min(from + CHUNK, persons.size()));
			template.batchUpdate(INSERT, chunk, chunk.size(), PersonRepository::bind);
			List<PersonData> tagged = chunk.stream().filter(p -> !p.tags().isEmpty()).toList();
			if (!tagged.isEmpty()) {
				Map<String, Long> ids = idsByIdNumber(tagged.stream().map(PersonData::idNumber).toList());
				Map<Long, Set<PersonTag>> tags = new HashMap<>();
				tagged.forEach(p -> tags.put(ids.get(p.idNumber()), p.tags()));
				insertTags(tags);
			}
		}
		return persons.size();
	}

	/** Returns false when the version is stale or the person is gone. */
	public boolean update(long id, long version, PersonData d) {
		int rows = jdbc.sql("""
				update person set name = ?, gender = ?, ethnicity = ?, birth_date = ?, id_number = ?, mobile = ?,
				education = ?, household_division_code = ?, organization_id = ?, joined_party_on = ?, party_status = ?,
				cadre_rank = ?, workplace = ?, department_kind = ?, version = version + 1, updated_at = current_timestamp
				where id = ? and version = ?""")
			.params(d.name(), d.gender().name(), d.ethnicity(), d.birthDate(), d.idNumber(), d.mobile(), name(d.education()),
					d.householdDivisionCode(), d.organizationId(), d.joinedPartyOn(), name(d.partyStatus()),
					name(d.cadreRank()), d.workplace(), name(d.departmentKind()), id, version)
			.update();
		if (rows == 0) {
			return false;
		}
		jdbc.sql("delete from person_tag where person_id = ?").param(id).update();
		insertTags(Map.of(id, d.tags()));
		return true;
	}

	public Optional<Person> find(long id) {
		return findAll(List.of(id)).values().stream().findFirst();
	}

	public boolean exists(long id) {
		return jdbc.sql("select count(*) from person where id = ?").param(id).query(Long.class).single() > 0;
	}

	public Map<Long, Person> findAll(Collection<Long> ids) {
		Map<Long, Person> found = new LinkedHashMap<>();
		List<Long> all = List.copyOf(ids);
		for (int from = 0; from < all.size(); from += CHUNK) {
			List<Long> chunk = all.subList(from, Math.min(from + CHUNK, all.size()));
			withTags(jdbc.sql("select " + COLUMNS + " from person p where p.id in (:ids) order by p.id")
				.param("ids", chunk).query(PersonRepository::map).list()).forEach(p -> found.put(p.id(), p));
		}
		return found;
	}

	/** Whether another person (not {@code exceptId}) holds this ID number. */
	public boolean idNumberTaken(String idNumber, Long exceptId) {
		return jdbc.sql("select count(*) from person where id_number = ? and id <> ?").param(idNumber)
			.param(exceptId == null ? -1L : exceptId).query(Long.class).single() > 0;
	}

	/** Which of these person ids exist. */
	public Set<Long> existing(Collection<Long> ids) {
		Set<Long> found = new HashSet<>();
		List<Long> all = List.copyOf(ids);
		for (int from = 0; from < all.size(); from += CHUNK) {
			found.addAll(jdbc.sql("select id from person where id in (:ids)")
				.param("ids", all.subList(from, Math.min(from + CHUNK, all.size()))).query(Long.class).list());
		}
		return found;
	}

	/** Person ids by ID number, for those of these numbers that are held. */
	public Map<String, Long> idsByIdNumber(Collection<String> idNumbers) {
		Map<String, Long> ids = new HashMap<>();
		List<String> all = List.copyOf(idNumbers);
		for (int from = 0; from < all.size(); from += CHUNK) {
			jdbc.sql("select id, id_number from person where id_number in (:numbers)")
				.param("numbers", all.subList(from, Math.min(from + CHUNK, all.size())))
				.query((rs, row) -> Map.entry(rs.getString("id_number"), rs.getLong("id"))).list()
				.forEach(e -> ids.put(e.getKey(), e.getValue()));
		}
		return ids;
	}

	public PageResult<Person> search(PersonQuery query, List<Long> organizationIds, PageRequest page) {
		Where where = where(query, organizationIds);
		long total = where.bind(jdbc.sql("select count(*) from person p" + where.sql)).query(Long.class).single();
		List<Person> items = withTags(where
			.bind(jdbc.sql("select " + COLUMNS + " from person p" + where.sql + " order by p.name, p.id limit :limit offset :offset"))
			.param("limit", page.size()).param("offset", page.offset()).query(PersonRepository::map).list());
		return new PageResult<>(items, page.page(), page.size(), total);
	}

	/** Hands every matching person to the consumer in id order, a chunk at a time, for exports. */
	public void forEachMatching(PersonQuery query, List<Long> organizationIds, Consumer<List<Person>> consumer) {
		Where where = where(query, organizationIds);
		long after = 0;
		while (true) {
			String sql = "select " + COLUMNS + " from person p" + where.sql + (where.sql.isEmpty() ? " where" : " and")
					+ " p.id > :after order by p.id limit " + CHUNK;
			List<Person> chunk = withTags(where.bind(jdbc.sql(sql)).param("after", after).query(PersonRepository::map).list());
			if (chunk.isEmpty()) {
				return;
			}
			consumer.accept(chunk);
			after = chunk.get(chunk.size() - 1).id();
		}
	}

	public List<Person> members(long organizationId) {
		return withTags(jdbc.sql("select " + COLUMNS + " from person p where p.organization_id = ? order by p.name, p.id")
			.param(organizationId).query(PersonRepository::map).list());
	}

	public long countMembersIn(Collection<Long> organizationIds) {
		if (organizationIds.isEmpty()) {
			return 0;
		}
		return jdbc.sql("select count(*) from person where organization_id in (:ids)").param("ids", organizationIds)
			.query(Long.class).single();
	}

	public long moveMembers(long fromOrganizationId, long toOrganizationId) {
		return jdbc.sql("update person set organization_id = ?, version = version + 1, updated_at = current_timestamp "
				+ "where organization_id = ?").params(toOrganizationId, fromOrganizationId).update();
	}

	public List<Person> cadres(CadreRank rank) {
		String sql = "select " + COLUMNS + " from person p where p.cadre_rank " + (rank == null ? "is not null" : "= :rank")
				+ " order by p.name, p.id";
		JdbcClient.StatementSpec spec = jdbc.sql(sql);
		if (rank != null) {
			spec = spec.param("rank", rank.name());
		}
		return withTags(spec.query(PersonRepository::map).list());
	}

	private record Where(String sql, Map<String, Object> params) {
		JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec) {
			return spec.params(params);
		}
	}

	private static Where where(PersonQuery q, List<Long> organizationIds) {
		List<String> clauses = new ArrayList<>();
		Map<String, Object> params = new HashMap<>();
		if (q.q() != null) {
			clauses.add("p.name like :name escape '\\'");
			params.put("name", "%" + escapeLike(q.q()) + "%");
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
			params.put("village", escapeLike(q.villageCode()) + "%");
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

	static String escapeLike(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	private List<Person> withTags(List<Person> persons) {
		if (persons.isEmpty()) {
			return persons;
		}
		Map<Long, Set<PersonTag>> tags = new HashMap<>();
		jdbc.sql("select person_id, tag from person_tag where person_id in (:ids)")
			.param("ids", persons.stream().map(Person::id).toList())
			.query((rs, row) -> tags.computeIfAbsent(rs.getLong("person_id"), k -> EnumSet.noneOf(PersonTag.class))
				.add(PersonTag.valueOf(rs.getString("tag"))))
			.list();
		return persons.stream().map(p -> {
			PersonData d = p.data();
			Set<PersonTag> own = tags.getOrDefault(p.id(), Set.of());
			return new Person(p.id(), p.version(), new PersonData(d.name(), d.gender(), d.ethnicity(), d.birthDate(),
					d.idNumber(), d.mobile(), d.education(), d.householdDivisionCode(), d.organizationId(),
					d.joinedPartyOn(), d.partyStatus(), d.cadreRank(), d.workplace(), d.departmentKind(), own));
		}).toList();
	}

	private void insertTags(Map<Long, Set<PersonTag>> tags) {
		List<Object[]> rows = new ArrayList<>();
		tags.forEach((id, set) -> set.forEach(tag -> rows.add(new Object[] {id, tag.name()})));
		if (!rows.isEmpty()) {
			template.batchUpdate("insert into person_tag (person_id, tag) values (?, ?)", rows);
		}
	}

	private static void bind(PreparedStatement ps, PersonData d) throws SQLException {
		ps.setString(1, d.name());
		ps.setString(2, d.gender().name());
		ps.setString(3, d.ethnicity());
		ps.setDate(4, Date.valueOf(d.birthDate()));
		ps.setString(5, d.idNumber());
		ps.setString(6, d.mobile());
		ps.setString(7, name(d.education()));
		ps.setString(8, d.householdDivisionCode());
		if (d.organizationId() == null) {
			ps.setNull(9, Types.BIGINT);
		}
		else {
			ps.setLong(9, d.organizationId());
		}
		ps.setDate(10, d.joinedPartyOn() == null ? null : Date.valueOf(d.joinedPartyOn()));
		ps.setString(11, name(d.partyStatus()));
		ps.setString(12, name(d.cadreRank()));
		ps.setString(13, d.workplace());
		ps.setString(14, name(d.departmentKind()));
	}

	private static String name(Enum<?> value) {
		return value == null ? null : value.name();
	}

	private static <E extends Enum<E>> E enumOf(Class<E> type, String name) {
		return name == null ? null : Enum.valueOf(type, name);
	}

	private static Person map(ResultSet rs, int row) throws SQLException {
		Date joined = rs.getDate("joined_party_on");
		Long organization = rs.getObject("organization_id", Long.class);
		return new Person(rs.getLong("id"), rs.getLong("version"), new PersonData(rs.getString("name"),
				Gender.valueOf(rs.getString("gender")), rs.getString("ethnicity"), rs.getDate("birth_date").toLocalDate(),
				rs.getString("id_number"), rs.getString("mobile"), enumOf(EducationLevel.class, rs.getString("education")),
				rs.getString("household_division_code"), organization,
				joined == null ? null : joined.toLocalDate(), enumOf(PartyStatus.class, rs.getString("party_status")),
				enumOf(CadreRank.class, rs.getString("cadre_rank")), rs.getString("workplace"),
				enumOf(DepartmentKind.class, rs.getString("department_kind")), Set.of()));
	}
}
